// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Provides information that defines a migration project.
 *
 * <p>CloudFormation type {@code AWS::DMS::MigrationProject}.
 */
public final class MigrationProject extends Resource<MigrationProject> {
  private static final Schema SCHEMA = Schema.builder("AWS::DMS::MigrationProject")
      .constrain("Description", Constraint.of().minLength(1).maxLength(255))
      .constrain("InstanceProfileArn", Constraint.of().minLength(1).maxLength(255))
      .constrain("InstanceProfileIdentifier", Constraint.of().minLength(1).maxLength(255))
      .constrain("InstanceProfileName", Constraint.of().minLength(1).maxLength(255))
      .constrain("MigrationProjectCreationTime", Constraint.of().minLength(1).maxLength(40))
      .constrain("MigrationProjectIdentifier", Constraint.of().minLength(1).maxLength(255))
      .constrain("MigrationProjectName", Constraint.of().minLength(1).maxLength(255))
      .refYields("MigrationProjectArn")
      .attributes("MigrationProjectArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MigrationProject(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A user-friendly description of the migration project.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code Description}.
   */
  public MigrationProject description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public MigrationProject description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance profile for your migration project.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code InstanceProfileArn}.
   */
  public MigrationProject instanceProfileArn(String value) {
    return set("InstanceProfileArn", Value.of(value));
  }

  /** Sets {@code InstanceProfileArn} to this value; see {@link #instanceProfileArn(String)}. */
  public MigrationProject instanceProfileArn(Value<String> value) {
    return set("InstanceProfileArn", value);
  }

  /**
   * The identifier of the instance profile for your migration project.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code InstanceProfileIdentifier}.
   */
  public MigrationProject instanceProfileIdentifier(String value) {
    return set("InstanceProfileIdentifier", Value.of(value));
  }

  /**
   * Sets {@code InstanceProfileIdentifier} to this value; see {@link
   * #instanceProfileIdentifier(String)}.
   */
  public MigrationProject instanceProfileIdentifier(Value<String> value) {
    return set("InstanceProfileIdentifier", value);
  }

  /**
   * The name of the associated instance profile.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code InstanceProfileName}.
   */
  public MigrationProject instanceProfileName(String value) {
    return set("InstanceProfileName", Value.of(value));
  }

  /** Sets {@code InstanceProfileName} to this value; see {@link #instanceProfileName(String)}. */
  public MigrationProject instanceProfileName(Value<String> value) {
    return set("InstanceProfileName", value);
  }

  /**
   * The property describes a creating time of the migration project.
   *
   * <p>Length: 1 to 40 characters. CloudFormation property {@code MigrationProjectCreationTime}.
   *
   * @deprecated The specification marks {@code MigrationProjectCreationTime} deprecated.
   */
  @Deprecated
  public MigrationProject migrationProjectCreationTime(String value) {
    return set("MigrationProjectCreationTime", Value.of(value));
  }

  /**
   * Sets {@code MigrationProjectCreationTime} to this value; see {@link
   * #migrationProjectCreationTime(String)}.
   *
   * @deprecated The specification marks {@code MigrationProjectCreationTime} deprecated.
   */
  @Deprecated
  public MigrationProject migrationProjectCreationTime(Value<String> value) {
    return set("MigrationProjectCreationTime", value);
  }

  /**
   * The identifier of the migration project. Identifiers must begin with a letter and must contain
   * only ASCII letters, digits, and hyphens. They can't end with a hyphen, or contain two
   * consecutive hyphens.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code MigrationProjectIdentifier}.
   */
  public MigrationProject migrationProjectIdentifier(String value) {
    return set("MigrationProjectIdentifier", Value.of(value));
  }

  /**
   * Sets {@code MigrationProjectIdentifier} to this value; see {@link
   * #migrationProjectIdentifier(String)}.
   */
  public MigrationProject migrationProjectIdentifier(Value<String> value) {
    return set("MigrationProjectIdentifier", value);
  }

  /**
   * The name of the migration project.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code MigrationProjectName}.
   */
  public MigrationProject migrationProjectName(String value) {
    return set("MigrationProjectName", Value.of(value));
  }

  /** Sets {@code MigrationProjectName} to this value; see {@link #migrationProjectName(String)}. */
  public MigrationProject migrationProjectName(Value<String> value) {
    return set("MigrationProjectName", value);
  }

  /**
   * The schema conversion application attributes, including the Amazon S3 bucket name and Amazon S3
   * role ARN.
   *
   * <p>CloudFormation property {@code SchemaConversionApplicationAttributes}.
   */
  public MigrationProject schemaConversionApplicationAttributes(Value<SchemaConversionApplicationAttributes> value) {
    return set("SchemaConversionApplicationAttributes", value);
  }

  /**
   * Information about the source data provider, including the name or ARN, and AWS Secrets Manager
   * parameters.
   *
   * <p>CloudFormation property {@code SourceDataProviderDescriptors}.
   */
  public MigrationProject sourceDataProviderDescriptors(List<DataProviderDescriptor> value) {
    return set("SourceDataProviderDescriptors", Value.listOf(value));
  }

  /**
   * Sets {@code SourceDataProviderDescriptors} to this value; see {@link
   * #sourceDataProviderDescriptors(List)}.
   */
  public MigrationProject sourceDataProviderDescriptors(Value<List<DataProviderDescriptor>> value) {
    return set("SourceDataProviderDescriptors", value);
  }

  /**
   * Sets {@code SourceDataProviderDescriptors} to a list of these; see {@link
   * #sourceDataProviderDescriptors(List)}.
   */
  public MigrationProject sourceDataProviderDescriptors(DataProviderDescriptor... values) {
    return set("SourceDataProviderDescriptors", Value.list(values));
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MigrationProject tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MigrationProject tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MigrationProject tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Information about the target data provider, including the name or ARN, and AWS Secrets Manager
   * parameters.
   *
   * <p>CloudFormation property {@code TargetDataProviderDescriptors}.
   */
  public MigrationProject targetDataProviderDescriptors(List<DataProviderDescriptor> value) {
    return set("TargetDataProviderDescriptors", Value.listOf(value));
  }

  /**
   * Sets {@code TargetDataProviderDescriptors} to this value; see {@link
   * #targetDataProviderDescriptors(List)}.
   */
  public MigrationProject targetDataProviderDescriptors(Value<List<DataProviderDescriptor>> value) {
    return set("TargetDataProviderDescriptors", value);
  }

  /**
   * Sets {@code TargetDataProviderDescriptors} to a list of these; see {@link
   * #targetDataProviderDescriptors(List)}.
   */
  public MigrationProject targetDataProviderDescriptors(DataProviderDescriptor... values) {
    return set("TargetDataProviderDescriptors", Value.list(values));
  }

  /**
   * The settings in JSON format for migration rules. Migration rules make it possible for you to
   * change the object names according to the rules that you specify. For example, you can change an
   * object name to lowercase or uppercase, add or remove a prefix or suffix, or rename objects.
   *
   * <p>CloudFormation property {@code TransformationRules}.
   */
  public MigrationProject transformationRules(String value) {
    return set("TransformationRules", Value.of(value));
  }

  /** Sets {@code TransformationRules} to this value; see {@link #transformationRules(String)}. */
  public MigrationProject transformationRules(Value<String> value) {
    return set("TransformationRules", value);
  }

  /**
   * The ARN string that uniquely identifies the migration project.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MigrationProjectArn}.
   */
  public Value<String> migrationProjectArn() {
    return getAtt("MigrationProjectArn");
  }

  /**
   * Information about a data provider.
   *
   * <p>Property type {@code AWS::DMS::MigrationProject.DataProviderDescriptor}.
   */
  public static final class DataProviderDescriptor extends Struct<DataProviderDescriptor> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::MigrationProject.DataProviderDescriptor")
        .constrain("SecretsManagerAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public DataProviderDescriptor() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the data provider.
     *
     * <p>CloudFormation property {@code DataProviderArn}.
     */
    public DataProviderDescriptor dataProviderArn(String value) {
      return set("DataProviderArn", Value.of(value));
    }

    /** Sets {@code DataProviderArn} to this value; see {@link #dataProviderArn(String)}. */
    public DataProviderDescriptor dataProviderArn(Value<String> value) {
      return set("DataProviderArn", value);
    }

    /** CloudFormation property {@code DataProviderIdentifier}. */
    public DataProviderDescriptor dataProviderIdentifier(String value) {
      return set("DataProviderIdentifier", Value.of(value));
    }

    /**
     * Sets {@code DataProviderIdentifier} to this value; see {@link
     * #dataProviderIdentifier(String)}.
     */
    public DataProviderDescriptor dataProviderIdentifier(Value<String> value) {
      return set("DataProviderIdentifier", value);
    }

    /**
     * The user-friendly name of the data provider.
     *
     * <p>CloudFormation property {@code DataProviderName}.
     */
    public DataProviderDescriptor dataProviderName(String value) {
      return set("DataProviderName", Value.of(value));
    }

    /** Sets {@code DataProviderName} to this value; see {@link #dataProviderName(String)}. */
    public DataProviderDescriptor dataProviderName(Value<String> value) {
      return set("DataProviderName", value);
    }

    /**
     * The ARN of the role used to access AWS Secrets Manager.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsManagerAccessRoleArn}.
     */
    public DataProviderDescriptor secretsManagerAccessRoleArn(String value) {
      return set("SecretsManagerAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerAccessRoleArn} to this value; see {@link
     * #secretsManagerAccessRoleArn(String)}.
     */
    public DataProviderDescriptor secretsManagerAccessRoleArn(Value<String> value) {
      return set("SecretsManagerAccessRoleArn", value);
    }

    /**
     * The identifier of the AWS Secrets Manager Secret used to store access credentials for the
     * data provider.
     *
     * <p>CloudFormation property {@code SecretsManagerSecretId}.
     */
    public DataProviderDescriptor secretsManagerSecretId(String value) {
      return set("SecretsManagerSecretId", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerSecretId} to this value; see {@link
     * #secretsManagerSecretId(String)}.
     */
    public DataProviderDescriptor secretsManagerSecretId(Value<String> value) {
      return set("SecretsManagerSecretId", value);
    }
  }

  /**
   * The property describes schema conversion application attributes for the migration project.
   *
   * <p>Property type {@code AWS::DMS::MigrationProject.SchemaConversionApplicationAttributes}.
   */
  public static final class SchemaConversionApplicationAttributes extends Struct<SchemaConversionApplicationAttributes> {
    private static final Schema SCHEMA = Schema.of("AWS::DMS::MigrationProject.SchemaConversionApplicationAttributes");

    public SchemaConversionApplicationAttributes() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code S3BucketPath}. */
    public SchemaConversionApplicationAttributes s3BucketPath(String value) {
      return set("S3BucketPath", Value.of(value));
    }

    /** Sets {@code S3BucketPath} to this value; see {@link #s3BucketPath(String)}. */
    public SchemaConversionApplicationAttributes s3BucketPath(Value<String> value) {
      return set("S3BucketPath", value);
    }

    /** CloudFormation property {@code S3BucketRoleArn}. */
    public SchemaConversionApplicationAttributes s3BucketRoleArn(String value) {
      return set("S3BucketRoleArn", Value.of(value));
    }

    /** Sets {@code S3BucketRoleArn} to this value; see {@link #s3BucketRoleArn(String)}. */
    public SchemaConversionApplicationAttributes s3BucketRoleArn(Value<String> value) {
      return set("S3BucketRoleArn", value);
    }
  }
}
