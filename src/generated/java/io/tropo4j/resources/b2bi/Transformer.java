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
 * Creates a transformer. AWS B2B Data Interchange currently supports two scenarios:
 *
 * <ul> <li><em>Inbound EDI</em> : the AWS customer receives an EDI file from their trading partner.
 * AWS B2B Data Interchange converts this EDI file into a JSON or XML file with a service-defined
 * structure. A mapping template provided by the customer, in JSONata or XSLT format, is optionally
 * applied to this file to produce a JSON or XML file with the structure the customer requires.
 * <li><em>Outbound EDI</em> : the AWS customer has a JSON or XML file containing data that they
 * wish to use in an EDI file. A mapping template, provided by the customer (in either JSONata or
 * XSLT format) is applied to this file to generate a JSON or XML file in the service-defined
 * structure. This file is then converted to an EDI file. </ul>
 *
 * <p>The following fields are provided for backwards compatibility only: <code>fileFormat</code> ,
 * <code>mappingTemplate</code> , <code>ediType</code> , and <code>sampleDocument</code> . - Use the
 * <code>mapping</code> data type in place of <code>mappingTemplate</code> and
 * <code>fileFormat</code> - Use the <code>sampleDocuments</code> data type in place of
 * <code>sampleDocument</code> - Use either the <code>inputConversion</code> or
 * <code>outputConversion</code> in place of <code>ediType</code>
 *
 * <p>CloudFormation type {@code AWS::B2BI::Transformer}.
 */
public final class Transformer extends Resource<Transformer> {
  private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Transformer")
      .required("Name", "Status")
      .allowed("FileFormat", "XML", "JSON", "NOT_USED")
      .constrain("MappingTemplate", Constraint.of().minLength(0).maxLength(350000))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,512}$").minLength(1).maxLength(254))
      .constrain("SampleDocument", Constraint.of().minLength(0).maxLength(1024))
      .allowed("Status", "active", "inactive")
      .refYields("TransformerId")
      .attributes("CreatedAt", "ModifiedAt", "TransformerArn", "TransformerId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Transformer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * CloudFormation property {@code EdiType}.
   *
   * @deprecated The specification marks {@code EdiType} deprecated.
   */
  @Deprecated
  public Transformer ediType(Value<EdiType> value) {
    return set("EdiType", value);
  }

  /**
   * Allowed values: {@code XML}, {@code JSON}, {@code NOT_USED}. CloudFormation property {@code
   * FileFormat}.
   *
   * @deprecated The specification marks {@code FileFormat} deprecated.
   */
  @Deprecated
  public Transformer fileFormat(String value) {
    return set("FileFormat", Value.of(value));
  }

  /**
   * Sets {@code FileFormat} to this value; see {@link #fileFormat(String)}.
   *
   * @deprecated The specification marks {@code FileFormat} deprecated.
   */
  @Deprecated
  public Transformer fileFormat(Value<String> value) {
    return set("FileFormat", value);
  }

  /**
   * Returns a structure that contains the format options for the transformation.
   *
   * <p>CloudFormation property {@code InputConversion}.
   */
  public Transformer inputConversion(Value<InputConversion> value) {
    return set("InputConversion", value);
  }

  /**
   * Returns the structure that contains the mapping template and its language (either XSLT or
   * JSONATA).
   *
   * <p>CloudFormation property {@code Mapping}.
   */
  public Transformer mapping(Value<Mapping> value) {
    return set("Mapping", value);
  }

  /**
   * This shape is deprecated: This is a legacy trait. Please use input-conversion or
   * output-conversion.
   *
   * <p>Length: 0 to 350000 characters. CloudFormation property {@code MappingTemplate}.
   *
   * @deprecated The specification marks {@code MappingTemplate} deprecated.
   */
  @Deprecated
  public Transformer mappingTemplate(String value) {
    return set("MappingTemplate", Value.of(value));
  }

  /**
   * Sets {@code MappingTemplate} to this value; see {@link #mappingTemplate(String)}.
   *
   * @deprecated The specification marks {@code MappingTemplate} deprecated.
   */
  @Deprecated
  public Transformer mappingTemplate(Value<String> value) {
    return set("MappingTemplate", value);
  }

  /**
   * Returns the descriptive name for the transformer.
   *
   * <p>Required. Length: 1 to 254 characters. Pattern: {@code ^[a-zA-Z0-9_-]{1,512}$}.
   * CloudFormation property {@code Name}.
   */
  public Transformer name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Transformer name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Returns the <code>OutputConversion</code> object, which contains the format options for the
   * outbound transformation.
   *
   * <p>CloudFormation property {@code OutputConversion}.
   */
  public Transformer outputConversion(Value<OutputConversion> value) {
    return set("OutputConversion", value);
  }

  /**
   * This shape is deprecated: This is a legacy trait. Please use input-conversion or
   * output-conversion.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code SampleDocument}.
   *
   * @deprecated The specification marks {@code SampleDocument} deprecated.
   */
  @Deprecated
  public Transformer sampleDocument(String value) {
    return set("SampleDocument", Value.of(value));
  }

  /**
   * Sets {@code SampleDocument} to this value; see {@link #sampleDocument(String)}.
   *
   * @deprecated The specification marks {@code SampleDocument} deprecated.
   */
  @Deprecated
  public Transformer sampleDocument(Value<String> value) {
    return set("SampleDocument", value);
  }

  /**
   * Returns a structure that contains the Amazon S3 bucket and an array of the corresponding keys
   * used to identify the location for your sample documents.
   *
   * <p>CloudFormation property {@code SampleDocuments}.
   */
  public Transformer sampleDocuments(Value<SampleDocuments> value) {
    return set("SampleDocuments", value);
  }

  /**
   * Returns the state of the newly created transformer. The transformer can be either
   * <code>active</code> or <code>inactive</code> . For the transformer to be used in a capability,
   * its status must <code>active</code> .
   *
   * <p>Required. Allowed values: {@code active}, {@code inactive}. CloudFormation property {@code
   * Status}.
   */
  public Transformer status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Transformer status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * A key-value pair for a specific transformer. Tags are metadata that you can use to search for
   * and group capabilities for various purposes.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Transformer tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Transformer tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Transformer tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns a timestamp indicating when the transformer was created. For example,
   * <code>2023-07-20T19:58:44.624Z</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Returns a timestamp representing the date and time for the most recent change for the
   * transformer object.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /**
   * Returns an Amazon Resource Name (ARN) for a specific transformer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransformerArn}.
   */
  public Value<String> transformerArn() {
    return getAtt("TransformerArn");
  }

  /**
   * The system-assigned unique identifier for the transformer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransformerId}.
   */
  public Value<String> transformerId() {
    return getAtt("TransformerId");
  }

  /**
   * A structure that contains advanced options for EDI processing. Currently, only X12 advanced
   * options are supported.
   *
   * <p>Property type {@code AWS::B2BI::Transformer.AdvancedOptions}.
   */
  public static final class AdvancedOptions extends Struct<AdvancedOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::B2BI::Transformer.AdvancedOptions");

    public AdvancedOptions() {
      super(SCHEMA);
    }

    /**
     * A structure that contains X12-specific advanced options, such as split options for processing
     * X12 EDI files.
     *
     * <p>CloudFormation property {@code X12}.
     */
    public AdvancedOptions x12(Value<X12AdvancedOptions> value) {
      return set("X12", value);
    }
  }

  /** Property type {@code AWS::B2BI::Transformer.EdiType}. */
  public static final class EdiType extends Struct<EdiType> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Transformer.EdiType")
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
   * A structure that contains the X12 transaction set and version.
   *
   * <p>Property type {@code AWS::B2BI::Transformer.FormatOptions}.
   */
  public static final class FormatOptions extends Struct<FormatOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Transformer.FormatOptions")
        .required("X12")
        .build();

    public FormatOptions() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code X12}. */
    public FormatOptions x12(Value<X12Details> value) {
      return set("X12", value);
    }
  }

  /**
   * Contains the input formatting options for an inbound transformer (takes an X12-formatted EDI
   * document as input and converts it to JSON or XML.
   *
   * <p>Property type {@code AWS::B2BI::Transformer.InputConversion}.
   */
  public static final class InputConversion extends Struct<InputConversion> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Transformer.InputConversion")
        .required("FromFormat")
        .allowed("FromFormat", "X12")
        .build();

    public InputConversion() {
      super(SCHEMA);
    }

    /**
     * Specifies advanced options for the input conversion process. These options provide additional
     * control over how EDI files are processed during transformation.
     *
     * <p>CloudFormation property {@code AdvancedOptions}.
     */
    public InputConversion advancedOptions(Value<AdvancedOptions> value) {
      return set("AdvancedOptions", value);
    }

    /**
     * A structure that contains the formatting options for an inbound transformer.
     *
     * <p>CloudFormation property {@code FormatOptions}.
     */
    public InputConversion formatOptions(Value<FormatOptions> value) {
      return set("FormatOptions", value);
    }

    /**
     * The format for the transformer input: currently on <code>X12</code> is supported.
     *
     * <p>Required. Allowed values: {@code X12}. CloudFormation property {@code FromFormat}.
     */
    public InputConversion fromFormat(String value) {
      return set("FromFormat", Value.of(value));
    }

    /** Sets {@code FromFormat} to this value; see {@link #fromFormat(String)}. */
    public InputConversion fromFormat(Value<String> value) {
      return set("FromFormat", value);
    }
  }

  /**
   * Specifies the mapping template for the transformer. This template is used to map the parsed EDI
   * file using JSONata or XSLT.
   *
   * <p>Property type {@code AWS::B2BI::Transformer.Mapping}.
   */
  public static final class Mapping extends Struct<Mapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Transformer.Mapping")
        .required("TemplateLanguage")
        .constrain("Template", Constraint.of().minLength(0).maxLength(350000))
        .allowed("TemplateLanguage", "XSLT", "JSONATA")
        .build();

    public Mapping() {
      super(SCHEMA);
    }

    /**
     * A string that represents the mapping template, in the transformation language specified in
     * <code>templateLanguage</code> .
     *
     * <p>Length: 0 to 350000 characters. CloudFormation property {@code Template}.
     */
    public Mapping template(String value) {
      return set("Template", Value.of(value));
    }

    /** Sets {@code Template} to this value; see {@link #template(String)}. */
    public Mapping template(Value<String> value) {
      return set("Template", value);
    }

    /**
     * The transformation language for the template, either XSLT or JSONATA.
     *
     * <p>Required. Allowed values: {@code XSLT}, {@code JSONATA}. CloudFormation property {@code
     * TemplateLanguage}.
     */
    public Mapping templateLanguage(String value) {
      return set("TemplateLanguage", Value.of(value));
    }

    /** Sets {@code TemplateLanguage} to this value; see {@link #templateLanguage(String)}. */
    public Mapping templateLanguage(Value<String> value) {
      return set("TemplateLanguage", value);
    }
  }

  /**
   * Contains the formatting options for an outbound transformer (takes JSON or XML as input and
   * converts it to an EDI document (currently only X12 format is supported).
   *
   * <p>Property type {@code AWS::B2BI::Transformer.OutputConversion}.
   */
  public static final class OutputConversion extends Struct<OutputConversion> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Transformer.OutputConversion")
        .required("ToFormat")
        .allowed("ToFormat", "X12")
        .build();

    public OutputConversion() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AdvancedOptions}. */
    public OutputConversion advancedOptions(Value<AdvancedOptions> value) {
      return set("AdvancedOptions", value);
    }

    /**
     * A structure that contains the X12 transaction set and version for the transformer output.
     *
     * <p>CloudFormation property {@code FormatOptions}.
     */
    public OutputConversion formatOptions(Value<FormatOptions> value) {
      return set("FormatOptions", value);
    }

    /**
     * The format for the output from an outbound transformer: only X12 is currently supported.
     *
     * <p>Required. Allowed values: {@code X12}. CloudFormation property {@code ToFormat}.
     */
    public OutputConversion toFormat(String value) {
      return set("ToFormat", Value.of(value));
    }

    /** Sets {@code ToFormat} to this value; see {@link #toFormat(String)}. */
    public OutputConversion toFormat(Value<String> value) {
      return set("ToFormat", value);
    }
  }

  /**
   * An array of the Amazon S3 keys used to identify the location for your sample documents.
   *
   * <p>Property type {@code AWS::B2BI::Transformer.SampleDocumentKeys}.
   */
  public static final class SampleDocumentKeys extends Struct<SampleDocumentKeys> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Transformer.SampleDocumentKeys")
        .constrain("Input", Constraint.of().minLength(0).maxLength(1024))
        .constrain("Output", Constraint.of().minLength(0).maxLength(1024))
        .build();

    public SampleDocumentKeys() {
      super(SCHEMA);
    }

    /**
     * An array of keys for your input sample documents.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code Input}.
     */
    public SampleDocumentKeys input(String value) {
      return set("Input", Value.of(value));
    }

    /** Sets {@code Input} to this value; see {@link #input(String)}. */
    public SampleDocumentKeys input(Value<String> value) {
      return set("Input", value);
    }

    /**
     * An array of keys for your output sample documents.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code Output}.
     */
    public SampleDocumentKeys output(String value) {
      return set("Output", Value.of(value));
    }

    /** Sets {@code Output} to this value; see {@link #output(String)}. */
    public SampleDocumentKeys output(Value<String> value) {
      return set("Output", value);
    }
  }

  /**
   * Describes a structure that contains the Amazon S3 bucket and an array of the corresponding keys
   * used to identify the location for your sample documents.
   *
   * <p>Property type {@code AWS::B2BI::Transformer.SampleDocuments}.
   */
  public static final class SampleDocuments extends Struct<SampleDocuments> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Transformer.SampleDocuments")
        .required("BucketName", "Keys")
        .constrain("BucketName", Constraint.of().minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .build();

    public SampleDocuments() {
      super(SCHEMA);
    }

    /**
     * Contains the Amazon S3 bucket that is used to hold your sample documents.
     *
     * <p>Required. Length: 3 to 63 characters. Format: {@code AWS::S3::Bucket.Name}. CloudFormation
     * property {@code BucketName}.
     */
    public SampleDocuments bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public SampleDocuments bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Contains an array of the Amazon S3 keys used to identify the location for your sample
     * documents.
     *
     * <p>Required. CloudFormation property {@code Keys}.
     */
    public SampleDocuments keys(List<SampleDocumentKeys> value) {
      return set("Keys", Value.listOf(value));
    }

    /** Sets {@code Keys} to this value; see {@link #keys(List)}. */
    public SampleDocuments keys(Value<List<SampleDocumentKeys>> value) {
      return set("Keys", value);
    }

    /** Sets {@code Keys} to a list of these; see {@link #keys(List)}. */
    public SampleDocuments keys(SampleDocumentKeys... values) {
      return set("Keys", Value.list(values));
    }
  }

  /**
   * Contains advanced options specific to X12 EDI processing, such as splitting large X12 files
   * into smaller units.
   *
   * <p>Property type {@code AWS::B2BI::Transformer.X12AdvancedOptions}.
   */
  public static final class X12AdvancedOptions extends Struct<X12AdvancedOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::B2BI::Transformer.X12AdvancedOptions");

    public X12AdvancedOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies options for splitting X12 EDI files. These options control how large X12 files are
     * divided into smaller, more manageable units.
     *
     * <p>CloudFormation property {@code SplitOptions}.
     */
    public X12AdvancedOptions splitOptions(Value<X12SplitOptions> value) {
      return set("SplitOptions", value);
    }

    /**
     * Specifies validation options for X12 EDI processing. These options control how validation
     * rules are applied during EDI document processing, including custom validation rules for
     * element length constraints, code list validations, and element requirement checks.
     *
     * <p>CloudFormation property {@code ValidationOptions}.
     */
    public X12AdvancedOptions validationOptions(Value<X12ValidationOptions> value) {
      return set("ValidationOptions", value);
    }
  }

  /**
   * Code list validation rule configuration.
   *
   * <p>Property type {@code AWS::B2BI::Transformer.X12CodeListValidationRule}.
   */
  public static final class X12CodeListValidationRule extends Struct<X12CodeListValidationRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Transformer.X12CodeListValidationRule")
        .required("ElementId")
        .build();

    public X12CodeListValidationRule() {
      super(SCHEMA);
    }

    /**
     * Specifies a list of code values to add to the element's allowed values. These codes will be
     * considered valid for the specified element in addition to the standard codes defined by the
     * X12 specification.
     *
     * <p>CloudFormation property {@code CodesToAdd}.
     */
    public X12CodeListValidationRule codesToAdd(List<String> value) {
      return set("CodesToAdd", Value.listOf(value));
    }

    /** Sets {@code CodesToAdd} to this value; see {@link #codesToAdd(List)}. */
    public X12CodeListValidationRule codesToAdd(Value<List<String>> value) {
      return set("CodesToAdd", value);
    }

    /**
     * Specifies a list of code values to remove from the element's allowed values. These codes will
     * be considered invalid for the specified element, even if they are part of the standard codes
     * defined by the X12 specification.
     *
     * <p>CloudFormation property {@code CodesToRemove}.
     */
    public X12CodeListValidationRule codesToRemove(List<String> value) {
      return set("CodesToRemove", Value.listOf(value));
    }

    /** Sets {@code CodesToRemove} to this value; see {@link #codesToRemove(List)}. */
    public X12CodeListValidationRule codesToRemove(Value<List<String>> value) {
      return set("CodesToRemove", value);
    }

    /**
     * Specifies the four-digit element ID to which the code list modifications apply. This
     * identifies which X12 element will have its allowed code values modified.
     *
     * <p>Required. CloudFormation property {@code ElementId}.
     */
    public X12CodeListValidationRule elementId(String value) {
      return set("ElementId", Value.of(value));
    }

    /** Sets {@code ElementId} to this value; see {@link #elementId(String)}. */
    public X12CodeListValidationRule elementId(Value<String> value) {
      return set("ElementId", value);
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
   * <p>Property type {@code AWS::B2BI::Transformer.X12Details}.
   */
  public static final class X12Details extends Struct<X12Details> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Transformer.X12Details")
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

  /**
   * Defines a validation rule that specifies custom length constraints for a specific X12 element.
   * This rule allows you to override the standard minimum and maximum length requirements for an
   * element, enabling validation of trading partner-specific length requirements that may differ
   * from the X12 specification. Both minimum and maximum length values must be specified.
   *
   * <p>Property type {@code AWS::B2BI::Transformer.X12ElementLengthValidationRule}.
   */
  public static final class X12ElementLengthValidationRule extends Struct<X12ElementLengthValidationRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Transformer.X12ElementLengthValidationRule")
        .required("ElementId", "MaxLength", "MinLength")
        .build();

    public X12ElementLengthValidationRule() {
      super(SCHEMA);
    }

    /**
     * Specifies the four-digit element ID to which the length constraints will be applied. This
     * identifies which X12 element will have its length requirements modified.
     *
     * <p>Required. CloudFormation property {@code ElementId}.
     */
    public X12ElementLengthValidationRule elementId(String value) {
      return set("ElementId", Value.of(value));
    }

    /** Sets {@code ElementId} to this value; see {@link #elementId(String)}. */
    public X12ElementLengthValidationRule elementId(Value<String> value) {
      return set("ElementId", value);
    }

    /**
     * Specifies the maximum allowed length for the identified element. This value defines the upper
     * limit for the element's content length.
     *
     * <p>Required. CloudFormation property {@code MaxLength}.
     */
    public X12ElementLengthValidationRule maxLength(double value) {
      return set("MaxLength", Value.of(value));
    }

    /** Sets {@code MaxLength} to this value; see {@link #maxLength(double)}. */
    public X12ElementLengthValidationRule maxLength(Value<Double> value) {
      return set("MaxLength", value);
    }

    /**
     * Specifies the minimum required length for the identified element. This value defines the
     * lower limit for the element's content length.
     *
     * <p>Required. CloudFormation property {@code MinLength}.
     */
    public X12ElementLengthValidationRule minLength(double value) {
      return set("MinLength", Value.of(value));
    }

    /** Sets {@code MinLength} to this value; see {@link #minLength(double)}. */
    public X12ElementLengthValidationRule minLength(Value<Double> value) {
      return set("MinLength", value);
    }
  }

  /**
   * Defines a validation rule that modifies the requirement status of a specific X12 element within
   * a segment. This rule allows you to make optional elements mandatory or mandatory elements
   * optional, providing flexibility to accommodate different trading partner requirements and
   * business rules. The rule targets a specific element position within a segment and sets its
   * requirement status to either OPTIONAL or MANDATORY.
   *
   * <p>Property type {@code AWS::B2BI::Transformer.X12ElementRequirementValidationRule}.
   */
  public static final class X12ElementRequirementValidationRule extends Struct<X12ElementRequirementValidationRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Transformer.X12ElementRequirementValidationRule")
        .required("ElementPosition", "Requirement")
        .allowed("Requirement", "OPTIONAL", "MANDATORY")
        .build();

    public X12ElementRequirementValidationRule() {
      super(SCHEMA);
    }

    /**
     * Specifies the position of the element within an X12 segment for which the requirement status
     * will be modified. The format follows the pattern of segment identifier followed by element
     * position (e.g., "ST-01" for the first element of the ST segment).
     *
     * <p>Required. CloudFormation property {@code ElementPosition}.
     */
    public X12ElementRequirementValidationRule elementPosition(String value) {
      return set("ElementPosition", Value.of(value));
    }

    /** Sets {@code ElementPosition} to this value; see {@link #elementPosition(String)}. */
    public X12ElementRequirementValidationRule elementPosition(Value<String> value) {
      return set("ElementPosition", value);
    }

    /**
     * Specifies the requirement status for the element at the specified position. Valid values are
     * OPTIONAL (the element may be omitted) or MANDATORY (the element must be present).
     *
     * <p>Required. Allowed values: {@code OPTIONAL}, {@code MANDATORY}. CloudFormation property
     * {@code Requirement}.
     */
    public X12ElementRequirementValidationRule requirement(String value) {
      return set("Requirement", Value.of(value));
    }

    /** Sets {@code Requirement} to this value; see {@link #requirement(String)}. */
    public X12ElementRequirementValidationRule requirement(Value<String> value) {
      return set("Requirement", value);
    }
  }

  /**
   * Contains options for splitting X12 EDI files into smaller units. This is useful for processing
   * large EDI files more efficiently.
   *
   * <p>Property type {@code AWS::B2BI::Transformer.X12SplitOptions}.
   */
  public static final class X12SplitOptions extends Struct<X12SplitOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Transformer.X12SplitOptions")
        .allowed("SplitBy", "NONE", "TRANSACTION")
        .build();

    public X12SplitOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies the method used to split X12 EDI files. Valid values include
     * <code>TRANSACTION</code> (split by individual transaction sets), or <code>NONE</code> (no
     * splitting).
     *
     * <p>Allowed values: {@code NONE}, {@code TRANSACTION}. CloudFormation property {@code
     * SplitBy}.
     */
    public X12SplitOptions splitBy(String value) {
      return set("SplitBy", Value.of(value));
    }

    /** Sets {@code SplitBy} to this value; see {@link #splitBy(String)}. */
    public X12SplitOptions splitBy(Value<String> value) {
      return set("SplitBy", value);
    }
  }

  /**
   * Contains configuration options for X12 EDI validation. This structure allows you to specify
   * custom validation rules that will be applied during EDI document processing, including element
   * length constraints, code list modifications, and element requirement changes. These validation
   * options provide flexibility to accommodate trading partner-specific requirements while
   * maintaining EDI compliance. The validation rules are applied in addition to standard X12
   * validation to ensure documents meet both standard and custom requirements.
   *
   * <p>Property type {@code AWS::B2BI::Transformer.X12ValidationOptions}.
   */
  public static final class X12ValidationOptions extends Struct<X12ValidationOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::B2BI::Transformer.X12ValidationOptions");

    public X12ValidationOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies a list of validation rules to apply during EDI document processing. These rules can
     * include code list modifications, element length constraints, and element requirement changes.
     *
     * <p>CloudFormation property {@code ValidationRules}.
     */
    public X12ValidationOptions validationRules(List<X12ValidationRule> value) {
      return set("ValidationRules", Value.listOf(value));
    }

    /** Sets {@code ValidationRules} to this value; see {@link #validationRules(List)}. */
    public X12ValidationOptions validationRules(Value<List<X12ValidationRule>> value) {
      return set("ValidationRules", value);
    }

    /** Sets {@code ValidationRules} to a list of these; see {@link #validationRules(List)}. */
    public X12ValidationOptions validationRules(X12ValidationRule... values) {
      return set("ValidationRules", Value.list(values));
    }
  }

  /**
   * Represents a single validation rule that can be applied during X12 EDI processing. This is a
   * union type that can contain one of several specific validation rule types: code list validation
   * rules for modifying allowed element codes, element length validation rules for enforcing custom
   * length constraints, or element requirement validation rules for changing mandatory/optional
   * status. Each validation rule targets specific aspects of EDI document validation to ensure
   * compliance with trading partner requirements and business rules.
   *
   * <p>Property type {@code AWS::B2BI::Transformer.X12ValidationRule}.
   */
  public static final class X12ValidationRule extends Struct<X12ValidationRule> {
    private static final Schema SCHEMA = Schema.of("AWS::B2BI::Transformer.X12ValidationRule");

    public X12ValidationRule() {
      super(SCHEMA);
    }

    /**
     * Specifies a code list validation rule that modifies the allowed code values for a specific
     * X12 element. This rule enables you to customize which codes are considered valid for an
     * element, allowing for trading partner-specific code requirements.
     *
     * <p>CloudFormation property {@code CodeListValidationRule}.
     */
    public X12ValidationRule codeListValidationRule(Value<X12CodeListValidationRule> value) {
      return set("CodeListValidationRule", value);
    }

    /**
     * Specifies an element length validation rule that defines custom length constraints for a
     * specific X12 element. This rule allows you to enforce minimum and maximum length requirements
     * that may differ from the standard X12 specification.
     *
     * <p>CloudFormation property {@code ElementLengthValidationRule}.
     */
    public X12ValidationRule elementLengthValidationRule(Value<X12ElementLengthValidationRule> value) {
      return set("ElementLengthValidationRule", value);
    }

    /**
     * Specifies an element requirement validation rule that modifies whether a specific X12 element
     * is required or optional within a segment. This rule provides flexibility to accommodate
     * different trading partner requirements for element presence.
     *
     * <p>CloudFormation property {@code ElementRequirementValidationRule}.
     */
    public X12ValidationRule elementRequirementValidationRule(Value<X12ElementRequirementValidationRule> value) {
      return set("ElementRequirementValidationRule", value);
    }
  }
}
