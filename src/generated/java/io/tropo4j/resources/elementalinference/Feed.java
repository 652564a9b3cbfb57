// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elementalinference;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Represents a feed that receives media for inference processing
 *
 * <p>CloudFormation type {@code AWS::ElementalInference::Feed}.
 */
public final class Feed extends Resource<Feed> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElementalInference::Feed")
      .required("Name", "Outputs")
      .constrain("AccessRoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::[0-9]{12}:role/.+$").minLength(32).maxLength(255).format("AWS::IAM::Role.Arn"))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9]([a-zA-Z0-9-_]{0,126}[a-zA-Z0-9])?$"))
      .refYields("Id")
      .attributes("Arn", "DataEndpoints", "Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Feed(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Length: 32 to 255 characters. Pattern: {@code ^arn:aws[a-z&#92;-]*:iam::[0-9]{12}:role/.+$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code AccessRoleArn}.
   */
  public Feed accessRoleArn(String value) {
    return set("AccessRoleArn", Value.of(value));
  }

  /** Sets {@code AccessRoleArn} to this value; see {@link #accessRoleArn(String)}. */
  public Feed accessRoleArn(Value<String> value) {
    return set("AccessRoleArn", value);
  }

  /**
   * Required. Pattern: {@code ^[a-zA-Z0-9]([a-zA-Z0-9-_]{0,126}[a-zA-Z0-9])?$}. CloudFormation
   * property {@code Name}.
   */
  public Feed name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Feed name(Value<String> value) {
    return set("Name", value);
  }

  /** Required. CloudFormation property {@code Outputs}. */
  public Feed outputs(List<GetOutput> value) {
    return set("Outputs", Value.listOf(value));
  }

  /** Sets {@code Outputs} to this value; see {@link #outputs(List)}. */
  public Feed outputs(Value<List<GetOutput>> value) {
    return set("Outputs", value);
  }

  /** Sets {@code Outputs} to a list of these; see {@link #outputs(List)}. */
  public Feed outputs(GetOutput... values) {
    return set("Outputs", Value.list(values));
  }

  /** CloudFormation property {@code Tags}. */
  public Feed tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Feed tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Feed tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code DataEndpoints}. */
  public Value<List<String>> dataEndpoints() {
    return getAtt("DataEndpoints");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** Property type {@code AWS::ElementalInference::Feed.AspectRatio}. */
  public static final class AspectRatio extends Struct<AspectRatio> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElementalInference::Feed.AspectRatio")
        .required("Height", "Width")
        .build();

    public AspectRatio() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Height}. */
    public AspectRatio height(int value) {
      return set("Height", Value.of(value));
    }

    /** Sets {@code Height} to this value; see {@link #height(int)}. */
    public AspectRatio height(Value<Integer> value) {
      return set("Height", value);
    }

    /** Required. CloudFormation property {@code Width}. */
    public AspectRatio width(int value) {
      return set("Width", Value.of(value));
    }

    /** Sets {@code Width} to this value; see {@link #width(int)}. */
    public AspectRatio width(Value<Integer> value) {
      return set("Width", value);
    }
  }

  /** Property type {@code AWS::ElementalInference::Feed.ClippingConfig}. */
  public static final class ClippingConfig extends Struct<ClippingConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElementalInference::Feed.ClippingConfig");

    public ClippingConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CallbackMetadata}. */
    public ClippingConfig callbackMetadata(String value) {
      return set("CallbackMetadata", Value.of(value));
    }

    /** Sets {@code CallbackMetadata} to this value; see {@link #callbackMetadata(String)}. */
    public ClippingConfig callbackMetadata(Value<String> value) {
      return set("CallbackMetadata", value);
    }

    /**
     * Identifies the fixture whose event data Elemental Inference maps onto the clipping metadata
     * for an output.
     *
     * <p>CloudFormation property {@code DataSourceConfiguration}.
     */
    public ClippingConfig dataSourceConfiguration(Value<DataSourceConfiguration> value) {
      return set("DataSourceConfiguration", value);
    }
  }

  /** Property type {@code AWS::ElementalInference::Feed.CroppingConfig}. */
  public static final class CroppingConfig extends Struct<CroppingConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElementalInference::Feed.CroppingConfig");

    public CroppingConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code TemplateGroups}. */
    public CroppingConfig templateGroups(List<TemplateGroup> value) {
      return set("TemplateGroups", Value.listOf(value));
    }

    /** Sets {@code TemplateGroups} to this value; see {@link #templateGroups(List)}. */
    public CroppingConfig templateGroups(Value<List<TemplateGroup>> value) {
      return set("TemplateGroups", value);
    }

    /** Sets {@code TemplateGroups} to a list of these; see {@link #templateGroups(List)}. */
    public CroppingConfig templateGroups(TemplateGroup... values) {
      return set("TemplateGroups", Value.list(values));
    }
  }

  /**
   * Identifies the fixture whose event data Elemental Inference maps onto the clipping metadata for
   * an output.
   *
   * <p>Property type {@code AWS::ElementalInference::Feed.DataSourceConfiguration}.
   */
  public static final class DataSourceConfiguration extends Struct<DataSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElementalInference::Feed.DataSourceConfiguration")
        .required("FixtureId")
        .build();

    public DataSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID of the fixture whose event data you want Elemental Inference to map onto this clipping
     * output. To obtain this ID, use the SearchFixtures operation.
     *
     * <p>Required. CloudFormation property {@code FixtureId}.
     */
    public DataSourceConfiguration fixtureId(String value) {
      return set("FixtureId", Value.of(value));
    }

    /** Sets {@code FixtureId} to this value; see {@link #fixtureId(String)}. */
    public DataSourceConfiguration fixtureId(Value<String> value) {
      return set("FixtureId", value);
    }
  }

  /** Property type {@code AWS::ElementalInference::Feed.GetOutput}. */
  public static final class GetOutput extends Struct<GetOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElementalInference::Feed.GetOutput")
        .required("Name", "OutputConfig", "Status")
        .constrain("Description", Constraint.of().pattern("^[\\w \\-\\.',@:;]*$").maxLength(1024))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9]([a-zA-Z0-9-_]{0,126}[a-zA-Z0-9])?$"))
        .allowed("Status", "ENABLED", "DISABLED")
        .build();

    public GetOutput() {
      super(SCHEMA);
    }

    /**
     * Length: at most 1024 characters. Pattern: {@code ^[&#92;w &#92;-&#92;.',&#64;:;]*$}.
     * CloudFormation property {@code Description}.
     */
    public GetOutput description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public GetOutput description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Required. Pattern: {@code ^[a-zA-Z0-9]([a-zA-Z0-9-_]{0,126}[a-zA-Z0-9])?$}. CloudFormation
     * property {@code Name}.
     */
    public GetOutput name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public GetOutput name(Value<String> value) {
      return set("Name", value);
    }

    /** Required. CloudFormation property {@code OutputConfig}. */
    public GetOutput outputConfig(Value<OutputConfig> value) {
      return set("OutputConfig", value);
    }

    /**
     * Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * Status}.
     */
    public GetOutput status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public GetOutput status(Value<String> value) {
      return set("Status", value);
    }
  }

  /** Property type {@code AWS::ElementalInference::Feed.OutputConfig}. */
  public static final class OutputConfig extends Struct<OutputConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElementalInference::Feed.OutputConfig");

    public OutputConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Clipping}. */
    public OutputConfig clipping(Value<ClippingConfig> value) {
      return set("Clipping", value);
    }

    /** CloudFormation property {@code Cropping}. */
    public OutputConfig cropping(Value<CroppingConfig> value) {
      return set("Cropping", value);
    }

    /** CloudFormation property {@code Subtitling}. */
    public OutputConfig subtitling(Value<SubtitlingConfig> value) {
      return set("Subtitling", value);
    }
  }

  /** Property type {@code AWS::ElementalInference::Feed.SubtitlingConfig}. */
  public static final class SubtitlingConfig extends Struct<SubtitlingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElementalInference::Feed.SubtitlingConfig")
        .required("Language")
        .allowed("Language", "eng", "eng-au", "eng-gb", "eng-us", "fra", "ita", "deu", "spa", "por")
        .allowed("ProfanityFilter", "DISABLED", "CENSOR", "DROP")
        .build();

    public SubtitlingConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AspectRatio}. */
    public SubtitlingConfig aspectRatio(Value<AspectRatio> value) {
      return set("AspectRatio", value);
    }

    /** CloudFormation property {@code Dictionary}. */
    public SubtitlingConfig dictionary(String value) {
      return set("Dictionary", Value.of(value));
    }

    /** Sets {@code Dictionary} to this value; see {@link #dictionary(String)}. */
    public SubtitlingConfig dictionary(Value<String> value) {
      return set("Dictionary", value);
    }

    /**
     * Required. Allowed values: {@code eng}, {@code eng-au}, {@code eng-gb}, {@code eng-us}, {@code
     * fra}, {@code ita}, {@code deu}, {@code spa}, {@code por}. CloudFormation property {@code
     * Language}.
     */
    public SubtitlingConfig language(String value) {
      return set("Language", Value.of(value));
    }

    /** Sets {@code Language} to this value; see {@link #language(String)}. */
    public SubtitlingConfig language(Value<String> value) {
      return set("Language", value);
    }

    /**
     * Allowed values: {@code DISABLED}, {@code CENSOR}, {@code DROP}. CloudFormation property
     * {@code ProfanityFilter}.
     */
    public SubtitlingConfig profanityFilter(String value) {
      return set("ProfanityFilter", Value.of(value));
    }

    /** Sets {@code ProfanityFilter} to this value; see {@link #profanityFilter(String)}. */
    public SubtitlingConfig profanityFilter(Value<String> value) {
      return set("ProfanityFilter", value);
    }
  }

  /** Property type {@code AWS::ElementalInference::Feed.TemplateGroup}. */
  public static final class TemplateGroup extends Struct<TemplateGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElementalInference::Feed.TemplateGroup")
        .required("Name", "TemplateUris")
        .build();

    public TemplateGroup() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Name}. */
    public TemplateGroup name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TemplateGroup name(Value<String> value) {
      return set("Name", value);
    }

    /** Required. CloudFormation property {@code TemplateUris}. */
    public TemplateGroup templateUris(List<String> value) {
      return set("TemplateUris", Value.listOf(value));
    }

    /** Sets {@code TemplateUris} to this value; see {@link #templateUris(List)}. */
    public TemplateGroup templateUris(Value<List<String>> value) {
      return set("TemplateUris", value);
    }
  }
}
