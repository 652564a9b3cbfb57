// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.b2bi;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Instantiates a capability based on the specified parameters. A trading capability contains the
 * information required to transform incoming EDI documents into JSON or XML outputs.
 *
 * <p>CloudFormation type {@code AWS::B2BI::Capability}.
 */
public final class Capability extends Resource<Capability> {
  private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Capability")
      .required("Configuration", "Name", "Type")
      .constrain("Name", Constraint.of().minLength(1).maxLength(254))
      .allowed("Type", "edi")
      .refYields("CapabilityId")
      .attributes("CapabilityArn", "CapabilityId", "CreatedAt", "ModifiedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Capability(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies a structure that contains the details for a capability.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public Capability configuration(Value<CapabilityConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * Specifies one or more locations in Amazon S3, each specifying an EDI document that can be used
   * with this capability. Each item contains the name of the bucket and the key, to identify the
   * document's location.
   *
   * <p>CloudFormation property {@code InstructionsDocuments}.
   */
  public Capability instructionsDocuments(List<S3Location> value) {
    return set("InstructionsDocuments", Value.listOf(value));
  }

  /** Sets {@code InstructionsDocuments} to this value; see {@link #instructionsDocuments(List)}. */
  public Capability instructionsDocuments(Value<List<S3Location>> value) {
    return set("InstructionsDocuments", value);
  }

  /**
   * Sets {@code InstructionsDocuments} to a list of these; see {@link
   * #instructionsDocuments(List)}.
   */
  public Capability instructionsDocuments(S3Location... values) {
    return set("InstructionsDocuments", Value.list(values));
  }

  /**
   * The display name of the capability.
   *
   * <p>Required. Length: 1 to 254 characters. CloudFormation property {@code Name}.
   */
  public Capability name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Capability name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies the key-value pairs assigned to ARNs that you can use to group and search for
   * resources by type. You can attach this metadata to resources (capabilities, partnerships, and
   * so on) for any purpose.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Capability tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Capability tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Capability tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the type of the capability. Currently, only <code>edi</code> is supported.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code edi}. CloudFormation
   * property {@code Type}.
   */
  public Capability typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Capability typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * Returns an Amazon Resource Name (ARN) for a specific AWS resource, such as a capability,
   * partnership, profile, or transformer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CapabilityArn}.
   */
  public Value<String> capabilityArn() {
    return getAtt("CapabilityArn");
  }

  /**
   * Returns a system-assigned unique identifier for the capability.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CapabilityId}.
   */
  public Value<String> capabilityId() {
    return getAtt("CapabilityId");
  }

  /**
   * Returns a timestamp for creation date and time of the capability.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Returns a timestamp that identifies the most recent date and time that the capability was
   * modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /**
   * A capability object. Currently, only EDI (electronic data interchange) capabilities are
   * supported. A trading capability contains the information required to transform incoming EDI
   * documents into JSON or XML outputs.
   *
   * <p>Property type {@code AWS::B2BI::Capability.CapabilityConfiguration}.
   */
  public static final class CapabilityConfiguration extends Struct<CapabilityConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Capability.CapabilityConfiguration")
        .required("Edi")
        .build();

    public CapabilityConfiguration() {
      super(SCHEMA);
    }

    /**
     * An EDI (electronic data interchange) configuration object.
     *
     * <p>Required. CloudFormation property {@code Edi}.
     */
    public CapabilityConfiguration edi(Value<EdiConfiguration> value) {
      return set("Edi", value);
    }
  }

  /**
   * Specifies the details for the EDI (electronic data interchange) transformation.
   *
   * <p>Property type {@code AWS::B2BI::Capability.EdiConfiguration}.
   */
  public static final class EdiConfiguration extends Struct<EdiConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Capability.EdiConfiguration")
        .required("InputLocation", "OutputLocation", "TransformerId", "Type")
        .allowed("CapabilityDirection", "INBOUND", "OUTBOUND")
        .build();

    public EdiConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether this is capability is for inbound or outbound transformations.
     *
     * <p>Allowed values: {@code INBOUND}, {@code OUTBOUND}. CloudFormation property {@code
     * CapabilityDirection}.
     */
    public EdiConfiguration capabilityDirection(String value) {
      return set("CapabilityDirection", Value.of(value));
    }

    /** Sets {@code CapabilityDirection} to this value; see {@link #capabilityDirection(String)}. */
    public EdiConfiguration capabilityDirection(Value<String> value) {
      return set("CapabilityDirection", value);
    }

    /**
     * Contains the Amazon S3 bucket and prefix for the location of the input file, which is
     * contained in an <code>S3Location</code> object.
     *
     * <p>Required. CloudFormation property {@code InputLocation}.
     */
    public EdiConfiguration inputLocation(Value<S3Location> value) {
      return set("InputLocation", value);
    }

    /**
     * Contains the Amazon S3 bucket and prefix for the location of the output file, which is
     * contained in an <code>S3Location</code> object.
     *
     * <p>Required. CloudFormation property {@code OutputLocation}.
     */
    public EdiConfiguration outputLocation(Value<S3Location> value) {
      return set("OutputLocation", value);
    }

    /**
     * Returns the system-assigned unique identifier for the transformer.
     *
     * <p>Required. CloudFormation property {@code TransformerId}.
     */
    public EdiConfiguration transformerId(String value) {
      return set("TransformerId", Value.of(value));
    }

    /** Sets {@code TransformerId} to this value; see {@link #transformerId(String)}. */
    public EdiConfiguration transformerId(Value<String> value) {
      return set("TransformerId", value);
    }

    /**
     * Returns the type of the capability. Currently, only <code>edi</code> is supported.
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public EdiConfiguration type(Value<EdiType> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::B2BI::Capability.EdiType}. */
  public static final class EdiType extends Struct<EdiType> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Capability.EdiType")
        .required("X12Details")
        .build();

    public EdiType() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code X12Details}. */
    public EdiType x12Details(Value<X12Details> value) {
      return set("X12Details", value);
    }
  }

  /**
   * Specifies the details for the Amazon S3 file location that is being used with AWS B2B Data
   * Interchange. File locations in Amazon S3 are identified using a combination of the bucket and
   * key.
   *
   * <p>Property type {@code AWS::B2BI::Capability.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Capability.S3Location")
        .constrain("BucketName", Constraint.of().minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("Key", Constraint.of().minLength(0).maxLength(1024))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * Specifies the name of the Amazon S3 bucket.
     *
     * <p>Length: 3 to 63 characters. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property
     * {@code BucketName}.
     */
    public S3Location bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Location bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Specifies the Amazon S3 key for the file location.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code Key}.
     */
    public S3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Location key(Value<String> value) {
      return set("Key", value);
    }
  }

  /**
   * A structure that contains the X12 transaction set and version. The X12 structure is used when
   * the system transforms an EDI (electronic data interchange) file.
   *
   * <p>If an EDI input file contains more than one transaction, each transaction must have the same
   * transaction set and version, for example 214/4010. If not, the transformer cannot parse the
   * file.
   *
   * <p>Property type {@code AWS::B2BI::Capability.X12Details}.
   */
  public static final class X12Details extends Struct<X12Details> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Capability.X12Details")
        .allowed("TransactionSet", "X12_100", "X12_101", "X12_102", "X12_103", "X12_104", "X12_105",
            "X12_106", "X12_107", "X12_108", "X12_109", "X12_110", "X12_111", "X12_112", "X12_113",
            "X12_120", "X12_121", "X12_124", "X12_125", "X12_126", "X12_127", "X12_128", "X12_129",
            "X12_130", "X12_131", "X12_132", "X12_133", "X12_135", "X12_138", "X12_139", "X12_140",
            "X12_141", "X12_142", "X12_143", "X12_144", "X12_146", "X12_147", "X12_148", "X12_149",
            "X12_150", "X12_151", "X12_152", "X12_153", "X12_154", "X12_155", "X12_157", "X12_158",
            "X12_159", "X12_160", "X12_161", "X12_163", "X12_170", "X12_175", "X12_176", "X12_179",
            "X12_180", "X12_185", "X12_186", "X12_187", "X12_188", "X12_189", "X12_190", "X12_191",
            "X12_194", "X12_195", "X12_196", "X12_197", "X12_198", "X12_199", "X12_200", "X12_201",
            "X12_202", "X12_203", "X12_204", "X12_205", "X12_206", "X12_210", "X12_211", "X12_212",
            "X12_213", "X12_214", "X12_215", "X12_216", "X12_217", "X12_218", "X12_219", "X12_220",
            "X12_222", "X12_223", "X12_224", "X12_225", "X12_227", "X12_228", "X12_240", "X12_242",
            "X12_244", "X12_245", "X12_248", "X12_249", "X12_250", "X12_251", "X12_252", "X12_255",
            "X12_256", "X12_259", "X12_260", "X12_261", "X12_262", "X12_263", "X12_264", "X12_265",
            "X12_266", "X12_267", "X12_268", "X12_269", "X12_270", "X12_271", "X12_272", "X12_273",
            "X12_274", "X12_275", "X12_276", "X12_277", "X12_278", "X12_280", "X12_283", "X12_284",
            "X12_285", "X12_286", "X12_288", "X12_290", "X12_300", "X12_301", "X12_303", "X12_304",
            "X12_309", "X12_310", "X12_311", "X12_312", "X12_313", "X12_315", "X12_317", "X12_319",
            "X12_322", "X12_323", "X12_324", "X12_325", "X12_326", "X12_350", "X12_352", "X12_353",
            "X12_354", "X12_355", "X12_356", "X12_357", "X12_358", "X12_361", "X12_362", "X12_404",
            "X12_410", "X12_412", "X12_414", "X12_417", "X12_418", "X12_419", "X12_420", "X12_421",
            "X12_422", "X12_423", "X12_424", "X12_425", "X12_426", "X12_429", "X12_431", "X12_432",
            "X12_433", "X12_434", "X12_435", "X12_436", "X12_437", "X12_440", "X12_451", "X12_452",
            "X12_453", "X12_455", "X12_456", "X12_460", "X12_463", "X12_466", "X12_468", "X12_470",
            "X12_475", "X12_485", "X12_486", "X12_490", "X12_492", "X12_494", "X12_500", "X12_501",
            "X12_503", "X12_504", "X12_511", "X12_517", "X12_521", "X12_527", "X12_536", "X12_540",
            "X12_561", "X12_567", "X12_568", "X12_601", "X12_602", "X12_620", "X12_625", "X12_650",
            "X12_715", "X12_753", "X12_754", "X12_805", "X12_806", "X12_810", "X12_811", "X12_812",
            "X12_813", "X12_814", "X12_815", "X12_816", "X12_818", "X12_819", "X12_820", "X12_821",
            "X12_822", "X12_823", "X12_824", "X12_826", "X12_827", "X12_828", "X12_829", "X12_830",
            "X12_831", "X12_832", "X12_833", "X12_834", "X12_835", "X12_836", "X12_837", "X12_838",
            "X12_839", "X12_840", "X12_841", "X12_842", "X12_843", "X12_844", "X12_845", "X12_846",
            "X12_847", "X12_848", "X12_849", "X12_850", "X12_851", "X12_852", "X12_853", "X12_854",
            "X12_855", "X12_856", "X12_857", "X12_858", "X12_859", "X12_860", "X12_861", "X12_862",
            "X12_863", "X12_864", "X12_865", "X12_866", "X12_867", "X12_868", "X12_869", "X12_870",
            "X12_871", "X12_872", "X12_873", "X12_874", "X12_875", "X12_876", "X12_877", "X12_878",
            "X12_879", "X12_880", "X12_881", "X12_882", "X12_883", "X12_884", "X12_885", "X12_886",
            "X12_887", "X12_888", "X12_889", "X12_891", "X12_893", "X12_894", "X12_895", "X12_896",
            "X12_920", "X12_924", "X12_925", "X12_926", "X12_928", "X12_940", "X12_943", "X12_944",
            "X12_945", "X12_947", "X12_980", "X12_990", "X12_993", "X12_996", "X12_997", "X12_998",
            "X12_999", "X12_270_X279", "X12_271_X279", "X12_275_X210", "X12_275_X211",
            "X12_276_X212", "X12_277_X212", "X12_277_X214", "X12_277_X364", "X12_278_X217",
            "X12_820_X218", "X12_820_X306", "X12_824_X186", "X12_834_X220", "X12_834_X307",
            "X12_834_X318", "X12_835_X221", "X12_837_X222", "X12_837_X223", "X12_837_X224",
            "X12_837_X291", "X12_837_X292", "X12_837_X298", "X12_999_X231")
        .allowed("Version", "VERSION_4010", "VERSION_4030", "VERSION_4050", "VERSION_4060",
            "VERSION_5010", "VERSION_5010_HIPAA")
        .build();

    public X12Details() {
      super(SCHEMA);
    }

    /**
     * Returns an enumerated type where each value identifies an X12 transaction set. Transaction
     * sets are maintained by the X12 Accredited Standards Committee.
     *
     * <p>Allowed values: {@code X12_100}, {@code X12_101}, {@code X12_102}, {@code X12_103}, {@code
     * X12_104}, {@code X12_105}, {@code X12_106}, {@code X12_107}, {@code X12_108}, {@code
     * X12_109}, {@code X12_110}, {@code X12_111}, {@code X12_112}, {@code X12_113}, {@code
     * X12_120}, {@code X12_121}, {@code X12_124}, {@code X12_125}, {@code X12_126}, {@code
     * X12_127}, {@code X12_128}, {@code X12_129}, {@code X12_130}, {@code X12_131}, {@code
     * X12_132}, {@code X12_133}, {@code X12_135}, {@code X12_138}, {@code X12_139}, {@code
     * X12_140}, {@code X12_141}, {@code X12_142}, {@code X12_143}, {@code X12_144}, {@code
     * X12_146}, {@code X12_147}, {@code X12_148}, {@code X12_149}, {@code X12_150}, {@code
     * X12_151}, {@code X12_152}, {@code X12_153}, {@code X12_154}, {@code X12_155}, {@code
     * X12_157}, {@code X12_158}, {@code X12_159}, {@code X12_160}, {@code X12_161}, {@code
     * X12_163}, {@code X12_170}, {@code X12_175}, {@code X12_176}, {@code X12_179}, {@code
     * X12_180}, {@code X12_185}, {@code X12_186}, {@code X12_187}, {@code X12_188}, {@code
     * X12_189}, {@code X12_190}, {@code X12_191}, {@code X12_194}, {@code X12_195}, {@code
     * X12_196}, {@code X12_197}, {@code X12_198}, {@code X12_199}, {@code X12_200}, {@code
     * X12_201}, {@code X12_202}, {@code X12_203}, {@code X12_204}, {@code X12_205}, {@code
     * X12_206}, {@code X12_210}, {@code X12_211}, {@code X12_212}, {@code X12_213}, {@code
     * X12_214}, {@code X12_215}, {@code X12_216}, {@code X12_217}, {@code X12_218}, {@code
     * X12_219}, {@code X12_220}, {@code X12_222}, {@code X12_223}, {@code X12_224}, {@code
     * X12_225}, {@code X12_227}, {@code X12_228}, {@code X12_240}, {@code X12_242}, {@code
     * X12_244}, {@code X12_245}, {@code X12_248}, {@code X12_249}, {@code X12_250}, {@code
     * X12_251}, {@code X12_252}, {@code X12_255}, {@code X12_256}, {@code X12_259}, {@code
     * X12_260}, {@code X12_261}, {@code X12_262}, {@code X12_263}, {@code X12_264}, {@code
     * X12_265}, {@code X12_266}, {@code X12_267}, {@code X12_268}, {@code X12_269}, {@code
     * X12_270}, {@code X12_271}, {@code X12_272}, {@code X12_273}, {@code X12_274}, {@code
     * X12_275}, {@code X12_276}, {@code X12_277}, {@code X12_278}, {@code X12_280}, {@code
     * X12_283}, {@code X12_284}, {@code X12_285}, {@code X12_286}, {@code X12_288}, {@code
     * X12_290}, {@code X12_300}, {@code X12_301}, {@code X12_303}, {@code X12_304}, {@code
     * X12_309}, {@code X12_310}, {@code X12_311}, {@code X12_312}, {@code X12_313}, {@code
     * X12_315}, {@code X12_317}, {@code X12_319}, {@code X12_322}, {@code X12_323}, {@code
     * X12_324}, {@code X12_325}, {@code X12_326}, {@code X12_350}, {@code X12_352}, {@code
     * X12_353}, {@code X12_354}, {@code X12_355}, {@code X12_356}, {@code X12_357}, {@code
     * X12_358}, {@code X12_361}, {@code X12_362}, {@code X12_404}, {@code X12_410}, {@code
     * X12_412}, {@code X12_414}, {@code X12_417}, {@code X12_418}, {@code X12_419}, {@code
     * X12_420}, {@code X12_421}, {@code X12_422}, {@code X12_423}, {@code X12_424}, {@code
     * X12_425}, {@code X12_426}, {@code X12_429}, {@code X12_431}, {@code X12_432}, {@code
     * X12_433}, {@code X12_434}, {@code X12_435}, {@code X12_436}, {@code X12_437}, {@code
     * X12_440}, {@code X12_451}, {@code X12_452}, {@code X12_453}, {@code X12_455}, {@code
     * X12_456}, {@code X12_460}, {@code X12_463}, {@code X12_466}, {@code X12_468}, {@code
     * X12_470}, {@code X12_475}, {@code X12_485}, {@code X12_486}, {@code X12_490}, {@code
     * X12_492}, {@code X12_494}, {@code X12_500}, {@code X12_501}, {@code X12_503}, {@code
     * X12_504}, {@code X12_511}, {@code X12_517}, {@code X12_521}, {@code X12_527}, {@code
     * X12_536}, {@code X12_540}, {@code X12_561}, {@code X12_567}, {@code X12_568}, {@code
     * X12_601}, {@code X12_602}, {@code X12_620}, {@code X12_625}, {@code X12_650}, {@code
     * X12_715}, {@code X12_753}, {@code X12_754}, {@code X12_805}, {@code X12_806}, {@code
     * X12_810}, {@code X12_811}, {@code X12_812}, {@code X12_813}, {@code X12_814}, {@code
     * X12_815}, {@code X12_816}, {@code X12_818}, {@code X12_819}, {@code X12_820}, {@code
     * X12_821}, {@code X12_822}, {@code X12_823}, {@code X12_824}, {@code X12_826}, {@code
     * X12_827}, {@code X12_828}, {@code X12_829}, {@code X12_830}, {@code X12_831}, {@code
     * X12_832}, {@code X12_833}, {@code X12_834}, {@code X12_835}, {@code X12_836}, {@code
     * X12_837}, {@code X12_838}, {@code X12_839}, {@code X12_840}, {@code X12_841}, {@code
     * X12_842}, {@code X12_843}, {@code X12_844}, {@code X12_845}, {@code X12_846}, {@code
     * X12_847}, {@code X12_848}, {@code X12_849}, {@code X12_850}, {@code X12_851}, {@code
     * X12_852}, {@code X12_853}, {@code X12_854}, {@code X12_855}, {@code X12_856}, {@code
     * X12_857}, {@code X12_858}, {@code X12_859}, {@code X12_860}, {@code X12_861}, {@code
     * X12_862}, {@code X12_863}, {@code X12_864}, {@code X12_865}, {@code X12_866}, {@code
     * X12_867}, {@code X12_868}, {@code X12_869}, {@code X12_870}, {@code X12_871}, {@code
     * X12_872}, {@code X12_873}, {@code X12_874}, {@code X12_875}, {@code X12_876}, {@code
     * X12_877}, {@code X12_878}, {@code X12_879}, {@code X12_880}, {@code X12_881}, {@code
     * X12_882}, {@code X12_883}, {@code X12_884}, {@code X12_885}, {@code X12_886}, {@code
     * X12_887}, {@code X12_888}, {@code X12_889}, {@code X12_891}, {@code X12_893}, {@code
     * X12_894}, {@code X12_895}, {@code X12_896}, {@code X12_920}, {@code X12_924}, {@code
     * X12_925}, {@code X12_926}, {@code X12_928}, {@code X12_940}, {@code X12_943}, {@code
     * X12_944}, {@code X12_945}, {@code X12_947}, {@code X12_980}, {@code X12_990}, {@code
     * X12_993}, {@code X12_996}, {@code X12_997}, {@code X12_998}, {@code X12_999}, {@code
     * X12_270_X279}, {@code X12_271_X279}, {@code X12_275_X210}, {@code X12_275_X211}, {@code
     * X12_276_X212}, {@code X12_277_X212}, {@code X12_277_X214}, {@code X12_277_X364}, {@code
     * X12_278_X217}, {@code X12_820_X218}, {@code X12_820_X306}, {@code X12_824_X186}, {@code
     * X12_834_X220}, {@code X12_834_X307}, {@code X12_834_X318}, {@code X12_835_X221}, {@code
     * X12_837_X222}, {@code X12_837_X223}, {@code X12_837_X224}, {@code X12_837_X291}, {@code
     * X12_837_X292}, {@code X12_837_X298}, {@code X12_999_X231}. CloudFormation property {@code
     * TransactionSet}.
     */
    public X12Details transactionSet(String value) {
      return set("TransactionSet", Value.of(value));
    }

    /** Sets {@code TransactionSet} to this value; see {@link #transactionSet(String)}. */
    public X12Details transactionSet(Value<String> value) {
      return set("TransactionSet", value);
    }

    /**
     * Returns the version to use for the specified X12 transaction set.
     *
     * <p>Allowed values: {@code VERSION_4010}, {@code VERSION_4030}, {@code VERSION_4050}, {@code
     * VERSION_4060}, {@code VERSION_5010}, {@code VERSION_5010_HIPAA}. CloudFormation property
     * {@code Version}.
     */
    public X12Details version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public X12Details version(Value<String> value) {
      return set("Version", value);
    }
  }
}
