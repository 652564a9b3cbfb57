// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cleanrooms;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new analysis template.
 *
 * <p>CloudFormation type {@code AWS::CleanRooms::AnalysisTemplate}.
 */
public final class AnalysisTemplate extends Resource<AnalysisTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::AnalysisTemplate")
      .required("Format", "MembershipIdentifier", "Name", "Source")
      .constrain("Description", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$").maxLength(255))
      .allowed("Format", "SQL", "PYSPARK_1_0")
      .constrain("MembershipIdentifier", Constraint.of().pattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").minLength(36).maxLength(36))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$").maxLength(128))
      .attributes("AnalysisTemplateIdentifier", "Arn", "CollaborationArn",
          "CollaborationIdentifier", "MembershipArn", "Schema", "Schema.ReferencedTables")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AnalysisTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The parameters of the analysis template.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AnalysisParameters}.
   */
  public AnalysisTemplate analysisParameters(List<AnalysisParameter> value) {
    return set("AnalysisParameters", Value.listOf(value));
  }

  /** Sets {@code AnalysisParameters} to this value; see {@link #analysisParameters(List)}. */
  public AnalysisTemplate analysisParameters(Value<List<AnalysisParameter>> value) {
    return set("AnalysisParameters", value);
  }

  /** Sets {@code AnalysisParameters} to a list of these; see {@link #analysisParameters(List)}. */
  public AnalysisTemplate analysisParameters(AnalysisParameter... values) {
    return set("AnalysisParameters", Value.list(values));
  }

  /**
   * The description of the analysis template.
   *
   * <p>Length: at most 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t&#92;r&#92;n]*$}.
   * CloudFormation property {@code Description}.
   */
  public AnalysisTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AnalysisTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The configuration that specifies the level of detail in error messages returned by analyses
   * using this template. When set to <code>DETAILED</code> , error messages include more
   * information to help troubleshoot issues with PySpark jobs. Detailed error messages may expose
   * underlying data, including sensitive information. Recommended for faster troubleshooting in
   * development and testing environments.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ErrorMessageConfiguration}.
   */
  public AnalysisTemplate errorMessageConfiguration(Value<ErrorMessageConfiguration> value) {
    return set("ErrorMessageConfiguration", value);
  }

  /**
   * The format of the analysis template.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code SQL}, {@code
   * PYSPARK_1_0}. CloudFormation property {@code Format}.
   */
  public AnalysisTemplate format(String value) {
    return set("Format", Value.of(value));
  }

  /** Sets {@code Format} to this value; see {@link #format(String)}. */
  public AnalysisTemplate format(Value<String> value) {
    return set("Format", value);
  }

  /**
   * The identifier for a membership resource.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}. CloudFormation property {@code
   * MembershipIdentifier}.
   */
  public AnalysisTemplate membershipIdentifier(String value) {
    return set("MembershipIdentifier", Value.of(value));
  }

  /** Sets {@code MembershipIdentifier} to this value; see {@link #membershipIdentifier(String)}. */
  public AnalysisTemplate membershipIdentifier(Value<String> value) {
    return set("MembershipIdentifier", value);
  }

  /**
   * The name of the analysis template.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$}. CloudFormation property {@code Name}.
   */
  public AnalysisTemplate name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AnalysisTemplate name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The entire schema object.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Schema}.
   */
  public AnalysisTemplate schemaProperty(Value<AnalysisSchema> value) {
    return set("Schema", value);
  }

  /**
   * The source of the analysis template.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Source}.
   */
  public AnalysisTemplate source(Value<AnalysisSource> value) {
    return set("Source", value);
  }

  /**
   * The source metadata for the analysis template.
   *
   * <p>CloudFormation property {@code SourceMetadata}.
   */
  public AnalysisTemplate sourceMetadata(Value<AnalysisSourceMetadata> value) {
    return set("SourceMetadata", value);
  }

  /**
   * The parameters used to generate synthetic data for this analysis template.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SyntheticDataParameters}.
   */
  public AnalysisTemplate syntheticDataParameters(Value<SyntheticDataParameters> value) {
    return set("SyntheticDataParameters", value);
  }

  /**
   * An optional label that you can assign to a resource when you create it. Each tag consists of a
   * key and an optional value, both of which you define. When you use tagging, you can also use
   * tag-based access control in IAM policies to control access to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AnalysisTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AnalysisTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AnalysisTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the identifier for the analysis template.
   *
   * <p>Example: <code>a1b2c3d4-5678-90ab-cdef-EXAMPLE2222</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code AnalysisTemplateIdentifier}.
   */
  public Value<String> analysisTemplateIdentifier() {
    return getAtt("AnalysisTemplateIdentifier");
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the analysis template.
   *
   * <p>Example:
   * <code>arn:aws:cleanrooms:us-east-1:111122223333:membership/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111/analysistemplates/a1b2c3d4-5678-90ab-cdef-EXAMPLE2222</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the unique ARN for the analysis template’s associated collaboration.
   *
   * <p>Example:
   * <code>arn:aws:cleanrooms:us-east-1:111122223333:collaboration/a1b2c3d4-5678-90ab-cdef-EXAMPLE33333</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code CollaborationArn}.
   */
  public Value<String> collaborationArn() {
    return getAtt("CollaborationArn");
  }

  /**
   * Returns the unique ID for the associated collaboration of the analysis template.
   *
   * <p>Example: <code>a1b2c3d4-5678-90ab-cdef-EXAMPLE33333</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code CollaborationIdentifier}.
   */
  public Value<String> collaborationIdentifier() {
    return getAtt("CollaborationIdentifier");
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the member who created the analysis template.
   *
   * <p>Example:
   * <code>arn:aws:cleanrooms:us-east-1:111122223333:membership/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code MembershipArn}.
   */
  public Value<String> membershipArn() {
    return getAtt("MembershipArn");
  }

  /** {@code Fn::GetAtt} attribute {@code Schema}. */
  public Value<AnalysisSchema> schemaAttribute() {
    return getAtt("Schema");
  }

  /** {@code Fn::GetAtt} attribute {@code Schema.ReferencedTables}. */
  public Value<List<String>> schemaReferencedTables() {
    return getAtt("Schema.ReferencedTables");
  }

  /**
   * Optional. The member who can query can provide this placeholder for a literal data value in an
   * analysis template.
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.AnalysisParameter}.
   */
  public static final class AnalysisParameter extends Struct<AnalysisParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::AnalysisTemplate.AnalysisParameter")
        .required("Name", "Type")
        .constrain("DefaultValue", Constraint.of().minLength(0).maxLength(1000))
        .constrain("Name", Constraint.of().pattern("[0-9a-zA-Z_]+").minLength(1).maxLength(100))
        .allowed("Type", "SMALLINT", "INTEGER", "BIGINT", "DECIMAL", "REAL", "DOUBLE_PRECISION",
            "BOOLEAN", "CHAR", "VARCHAR", "DATE", "TIMESTAMP", "TIMESTAMPTZ", "TIME", "TIMETZ",
            "VARBYTE", "BINARY", "BYTE", "CHARACTER", "DOUBLE", "FLOAT", "INT", "LONG", "NUMERIC",
            "SHORT", "STRING", "TIMESTAMP_LTZ", "TIMESTAMP_NTZ", "TINYINT")
        .build();

    public AnalysisParameter() {
      super(SCHEMA);
    }

    /**
     * Optional. The default value that is applied in the analysis template. The member who can
     * query can override this value in the query editor.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1000 characters. CloudFormation property
     * {@code DefaultValue}.
     */
    public AnalysisParameter defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public AnalysisParameter defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * The name of the parameter. The name must use only alphanumeric, underscore (_), or hyphen (-)
     * characters but cannot start or end with a hyphen.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
     * [0-9a-zA-Z_]+}. CloudFormation property {@code Name}.
     */
    public AnalysisParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AnalysisParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The type of parameter.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code SMALLINT}, {@code
     * INTEGER}, {@code BIGINT}, {@code DECIMAL}, {@code REAL}, {@code DOUBLE_PRECISION}, {@code
     * BOOLEAN}, {@code CHAR}, {@code VARCHAR}, {@code DATE}, {@code TIMESTAMP}, {@code
     * TIMESTAMPTZ}, {@code TIME}, {@code TIMETZ}, {@code VARBYTE}, {@code BINARY}, {@code BYTE},
     * {@code CHARACTER}, {@code DOUBLE}, {@code FLOAT}, {@code INT}, {@code LONG}, {@code NUMERIC},
     * {@code SHORT}, {@code STRING}, {@code TIMESTAMP_LTZ}, {@code TIMESTAMP_NTZ}, {@code TINYINT}.
     * CloudFormation property {@code Type}.
     */
    public AnalysisParameter type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public AnalysisParameter type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A relation within an analysis.
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.AnalysisSchema}.
   */
  public static final class AnalysisSchema extends Struct<AnalysisSchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::AnalysisTemplate.AnalysisSchema")
        .required("ReferencedTables")
        .constrain("ReferencedTables", Constraint.of().pattern("^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$").maxLength(128))
        .build();

    public AnalysisSchema() {
      super(SCHEMA);
    }

    /**
     * The tables referenced in the analysis schema.
     *
     * <p>Required. Length: at most 128 characters. Pattern: {@code ^[a-zA-Z0-9_](([a-zA-Z0-9_
     * ]+-)*([a-zA-Z0-9_ ]+))?$}. CloudFormation property {@code ReferencedTables}.
     */
    public AnalysisSchema referencedTables(List<String> value) {
      return set("ReferencedTables", Value.listOf(value));
    }

    /** Sets {@code ReferencedTables} to this value; see {@link #referencedTables(List)}. */
    public AnalysisSchema referencedTables(Value<List<String>> value) {
      return set("ReferencedTables", value);
    }
  }

  /**
   * The structure that defines the body of the analysis template.
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.AnalysisSource}.
   */
  public static final class AnalysisSource extends Struct<AnalysisSource> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRooms::AnalysisTemplate.AnalysisSource");

    public AnalysisSource() {
      super(SCHEMA);
    }

    /**
     * The artifacts of the analysis source.
     *
     * <p>CloudFormation property {@code Artifacts}.
     */
    public AnalysisSource artifacts(Value<AnalysisTemplateArtifacts> value) {
      return set("Artifacts", value);
    }

    /**
     * The query text.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Text}.
     */
    public AnalysisSource text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public AnalysisSource text(Value<String> value) {
      return set("Text", value);
    }
  }

  /**
   * The analysis source metadata.
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.AnalysisSourceMetadata}.
   */
  public static final class AnalysisSourceMetadata extends Struct<AnalysisSourceMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::AnalysisTemplate.AnalysisSourceMetadata")
        .required("Artifacts")
        .build();

    public AnalysisSourceMetadata() {
      super(SCHEMA);
    }

    /**
     * The artifacts of the analysis source metadata.
     *
     * <p>Required. CloudFormation property {@code Artifacts}.
     */
    public AnalysisSourceMetadata artifacts(Value<AnalysisTemplateArtifactMetadata> value) {
      return set("Artifacts", value);
    }
  }

  /**
   * The analysis template artifact.
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.AnalysisTemplateArtifact}.
   */
  public static final class AnalysisTemplateArtifact extends Struct<AnalysisTemplateArtifact> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::AnalysisTemplate.AnalysisTemplateArtifact")
        .required("Location")
        .build();

    public AnalysisTemplateArtifact() {
      super(SCHEMA);
    }

    /**
     * The artifact location.
     *
     * <p>Required. CloudFormation property {@code Location}.
     */
    public AnalysisTemplateArtifact location(Value<S3Location> value) {
      return set("Location", value);
    }

    /**
     * Sets {@code Location} to the asset's bucket and key, where the deployer uploads it; see
     * {@link #location(Value)}.
     */
    public AnalysisTemplateArtifact location(Asset asset) {
      return set("Location", new S3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * The analysis template artifact metadata.
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.AnalysisTemplateArtifactMetadata}.
   */
  public static final class AnalysisTemplateArtifactMetadata extends Struct<AnalysisTemplateArtifactMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::AnalysisTemplate.AnalysisTemplateArtifactMetadata")
        .required("EntryPointHash")
        .build();

    public AnalysisTemplateArtifactMetadata() {
      super(SCHEMA);
    }

    /**
     * Additional artifact hashes for the analysis template.
     *
     * <p>CloudFormation property {@code AdditionalArtifactHashes}.
     */
    public AnalysisTemplateArtifactMetadata additionalArtifactHashes(List<Hash> value) {
      return set("AdditionalArtifactHashes", Value.listOf(value));
    }

    /**
     * Sets {@code AdditionalArtifactHashes} to this value; see {@link
     * #additionalArtifactHashes(List)}.
     */
    public AnalysisTemplateArtifactMetadata additionalArtifactHashes(Value<List<Hash>> value) {
      return set("AdditionalArtifactHashes", value);
    }

    /**
     * Sets {@code AdditionalArtifactHashes} to a list of these; see {@link
     * #additionalArtifactHashes(List)}.
     */
    public AnalysisTemplateArtifactMetadata additionalArtifactHashes(Hash... values) {
      return set("AdditionalArtifactHashes", Value.list(values));
    }

    /**
     * The hash of the entry point for the analysis template artifact metadata.
     *
     * <p>Required. CloudFormation property {@code EntryPointHash}.
     */
    public AnalysisTemplateArtifactMetadata entryPointHash(Value<Hash> value) {
      return set("EntryPointHash", value);
    }
  }

  /**
   * The analysis template artifacts.
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.AnalysisTemplateArtifacts}.
   */
  public static final class AnalysisTemplateArtifacts extends Struct<AnalysisTemplateArtifacts> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::AnalysisTemplate.AnalysisTemplateArtifacts")
        .required("EntryPoint", "RoleArn")
        .build();

    public AnalysisTemplateArtifacts() {
      super(SCHEMA);
    }

    /**
     * Additional artifacts for the analysis template.
     *
     * <p>CloudFormation property {@code AdditionalArtifacts}.
     */
    public AnalysisTemplateArtifacts additionalArtifacts(List<AnalysisTemplateArtifact> value) {
      return set("AdditionalArtifacts", Value.listOf(value));
    }

    /** Sets {@code AdditionalArtifacts} to this value; see {@link #additionalArtifacts(List)}. */
    public AnalysisTemplateArtifacts additionalArtifacts(Value<List<AnalysisTemplateArtifact>> value) {
      return set("AdditionalArtifacts", value);
    }

    /**
     * Sets {@code AdditionalArtifacts} to a list of these; see {@link #additionalArtifacts(List)}.
     */
    public AnalysisTemplateArtifacts additionalArtifacts(AnalysisTemplateArtifact... values) {
      return set("AdditionalArtifacts", Value.list(values));
    }

    /**
     * The entry point for the analysis template artifacts.
     *
     * <p>Required. CloudFormation property {@code EntryPoint}.
     */
    public AnalysisTemplateArtifacts entryPoint(Value<AnalysisTemplateArtifact> value) {
      return set("EntryPoint", value);
    }

    /**
     * The role ARN for the analysis template artifacts.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public AnalysisTemplateArtifacts roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public AnalysisTemplateArtifacts roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * Contains classification information for data columns, including mappings that specify how
   * columns should be handled during synthetic data generation and privacy analysis.
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.ColumnClassificationDetails}.
   */
  public static final class ColumnClassificationDetails extends Struct<ColumnClassificationDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::AnalysisTemplate.ColumnClassificationDetails")
        .required("ColumnMapping")
        .build();

    public ColumnClassificationDetails() {
      super(SCHEMA);
    }

    /**
     * A mapping that defines the classification of data columns for synthetic data generation and
     * specifies how each column should be handled during the privacy-preserving data synthesis
     * process.
     *
     * <p>Required. CloudFormation property {@code ColumnMapping}.
     */
    public ColumnClassificationDetails columnMapping(List<SyntheticDataColumnProperties> value) {
      return set("ColumnMapping", Value.listOf(value));
    }

    /** Sets {@code ColumnMapping} to this value; see {@link #columnMapping(List)}. */
    public ColumnClassificationDetails columnMapping(Value<List<SyntheticDataColumnProperties>> value) {
      return set("ColumnMapping", value);
    }

    /** Sets {@code ColumnMapping} to a list of these; see {@link #columnMapping(List)}. */
    public ColumnClassificationDetails columnMapping(SyntheticDataColumnProperties... values) {
      return set("ColumnMapping", Value.list(values));
    }
  }

  /**
   * A structure that defines the level of detail included in error messages returned by PySpark
   * jobs. This configuration allows you to control the verbosity of error messages to help with
   * troubleshooting PySpark jobs while maintaining appropriate security controls.
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.ErrorMessageConfiguration}.
   */
  public static final class ErrorMessageConfiguration extends Struct<ErrorMessageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::AnalysisTemplate.ErrorMessageConfiguration")
        .required("Type")
        .allowed("Type", "DETAILED")
        .build();

    public ErrorMessageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The level of detail for error messages returned by the PySpark job. When set to DETAILED,
     * error messages include more information to help troubleshoot issues with your PySpark job.
     *
     * <p>Because this setting may expose sensitive data, it is recommended for development and
     * testing environments.
     *
     * <p>Required. Allowed values: {@code DETAILED}. CloudFormation property {@code Type}.
     */
    public ErrorMessageConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ErrorMessageConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Hash
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.Hash}.
   */
  public static final class Hash extends Struct<Hash> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRooms::AnalysisTemplate.Hash");

    public Hash() {
      super(SCHEMA);
    }

    /**
     * The SHA-256 hash value.
     *
     * <p>CloudFormation property {@code Sha256}.
     */
    public Hash sha256(String value) {
      return set("Sha256", Value.of(value));
    }

    /** Sets {@code Sha256} to this value; see {@link #sha256(String)}. */
    public Hash sha256(Value<String> value) {
      return set("Sha256", value);
    }
  }

  /**
   * Parameters that control the generation of synthetic data for machine learning, including
   * privacy settings and column classification details.
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.MLSyntheticDataParameters}.
   */
  public static final class MLSyntheticDataParameters extends Struct<MLSyntheticDataParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::AnalysisTemplate.MLSyntheticDataParameters")
        .required("ColumnClassification", "Epsilon", "MaxMembershipInferenceAttackScore")
        .build();

    public MLSyntheticDataParameters() {
      super(SCHEMA);
    }

    /**
     * Classification details for data columns that specify how each column should be treated during
     * synthetic data generation.
     *
     * <p>Required. CloudFormation property {@code ColumnClassification}.
     */
    public MLSyntheticDataParameters columnClassification(Value<ColumnClassificationDetails> value) {
      return set("ColumnClassification", value);
    }

    /**
     * The epsilon value for differential privacy when generating synthetic data. Lower values
     * provide stronger privacy guarantees but may reduce data utility.
     *
     * <p>Required. CloudFormation property {@code Epsilon}.
     */
    public MLSyntheticDataParameters epsilon(double value) {
      return set("Epsilon", Value.of(value));
    }

    /** Sets {@code Epsilon} to this value; see {@link #epsilon(double)}. */
    public MLSyntheticDataParameters epsilon(Value<Double> value) {
      return set("Epsilon", value);
    }

    /**
     * The maximum acceptable score for membership inference attack vulnerability. Synthetic data
     * generation fails if the score for the resulting data exceeds this threshold.
     *
     * <p>Required. CloudFormation property {@code MaxMembershipInferenceAttackScore}.
     */
    public MLSyntheticDataParameters maxMembershipInferenceAttackScore(double value) {
      return set("MaxMembershipInferenceAttackScore", Value.of(value));
    }

    /**
     * Sets {@code MaxMembershipInferenceAttackScore} to this value; see {@link
     * #maxMembershipInferenceAttackScore(double)}.
     */
    public MLSyntheticDataParameters maxMembershipInferenceAttackScore(Value<Double> value) {
      return set("MaxMembershipInferenceAttackScore", value);
    }
  }

  /**
   * The S3 location.
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::AnalysisTemplate.S3Location")
        .required("Bucket", "Key")
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The bucket name.
     *
     * <p>Required. CloudFormation property {@code Bucket}.
     */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The object key.
     *
     * <p>Required. CloudFormation property {@code Key}.
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
   * Properties that define how a specific data column should be handled during synthetic data
   * generation, including its name, type, and role in predictive modeling.
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.SyntheticDataColumnProperties}.
   */
  public static final class SyntheticDataColumnProperties extends Struct<SyntheticDataColumnProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::AnalysisTemplate.SyntheticDataColumnProperties")
        .required("ColumnName", "ColumnType", "IsPredictiveValue")
        .allowed("ColumnType", "CATEGORICAL", "NUMERICAL")
        .build();

    public SyntheticDataColumnProperties() {
      super(SCHEMA);
    }

    /**
     * The name of the data column as it appears in the dataset.
     *
     * <p>Required. CloudFormation property {@code ColumnName}.
     */
    public SyntheticDataColumnProperties columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public SyntheticDataColumnProperties columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * The data type of the column, which determines how the synthetic data generation algorithm
     * processes and synthesizes values for this column.
     *
     * <p>Required. Allowed values: {@code CATEGORICAL}, {@code NUMERICAL}. CloudFormation property
     * {@code ColumnType}.
     */
    public SyntheticDataColumnProperties columnType(String value) {
      return set("ColumnType", Value.of(value));
    }

    /** Sets {@code ColumnType} to this value; see {@link #columnType(String)}. */
    public SyntheticDataColumnProperties columnType(Value<String> value) {
      return set("ColumnType", value);
    }

    /**
     * Indicates if this column contains predictive values that should be treated as target
     * variables in machine learning models. This affects how the synthetic data generation
     * preserves statistical relationships.
     *
     * <p>Required. CloudFormation property {@code IsPredictiveValue}.
     */
    public SyntheticDataColumnProperties isPredictiveValue(boolean value) {
      return set("IsPredictiveValue", Value.of(value));
    }

    /** Sets {@code IsPredictiveValue} to this value; see {@link #isPredictiveValue(boolean)}. */
    public SyntheticDataColumnProperties isPredictiveValue(Value<Boolean> value) {
      return set("IsPredictiveValue", value);
    }
  }

  /**
   * The parameters that control how synthetic data is generated, including privacy settings, column
   * classifications, and other configuration options that affect the data synthesis process.
   *
   * <p>Property type {@code AWS::CleanRooms::AnalysisTemplate.SyntheticDataParameters}.
   */
  public static final class SyntheticDataParameters extends Struct<SyntheticDataParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::AnalysisTemplate.SyntheticDataParameters")
        .required("MlSyntheticDataParameters")
        .build();

    public SyntheticDataParameters() {
      super(SCHEMA);
    }

    /**
     * The machine learning-specific parameters for synthetic data generation.
     *
     * <p>Required. CloudFormation property {@code MlSyntheticDataParameters}.
     */
    public SyntheticDataParameters mlSyntheticDataParameters(Value<MLSyntheticDataParameters> value) {
      return set("MlSyntheticDataParameters", value);
    }
  }
}
