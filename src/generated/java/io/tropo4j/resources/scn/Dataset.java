// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.scn;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents an AWS Supply Chain data lake dataset.
 *
 * <p>CloudFormation type {@code AWS::SCN::Dataset}.
 */
public final class Dataset extends Resource<Dataset> {
  private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::SCN::Dataset")
      .required("InstanceId", "Name", "Namespace")
      .constrain("Description", Constraint.of().minLength(1).maxLength(500))
      .constrain("InstanceId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$").minLength(36).maxLength(36))
      .constrain("Name", Constraint.of().pattern("^[a-z0-9_]+$").minLength(1).maxLength(75))
      .constrain("Namespace", Constraint.of().pattern("^[a-z0-9_]+$").minLength(1).maxLength(50))
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "LastModifiedTime")
      .tags("Tags", io.tropo4j.core.Schema.TagForm.LIST)
      .build();

  public Dataset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the dataset.
   *
   * <p>Length: 1 to 500 characters. CloudFormation property {@code Description}.
   */
  public Dataset description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Dataset description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Web Services Supply Chain instance identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property {@code
   * InstanceId}.
   */
  public Dataset instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public Dataset instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * The name of the dataset.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 75 characters. Pattern: {@code
   * ^[a-z0-9_]+$}. CloudFormation property {@code Name}.
   */
  public Dataset name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Dataset name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The namespace of the dataset.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 50 characters. Pattern: {@code
   * ^[a-z0-9_]+$}. CloudFormation property {@code Namespace}.
   */
  public Dataset namespace(String value) {
    return set("Namespace", Value.of(value));
  }

  /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
  public Dataset namespace(Value<String> value) {
    return set("Namespace", value);
  }

  /**
   * The partition specification of the dataset.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PartitionSpec}.
   */
  public Dataset partitionSpec(Value<PartitionSpec> value) {
    return set("PartitionSpec", value);
  }

  /**
   * The schema of the dataset.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Schema}.
   */
  public Dataset schemaProperty(Value<Schema> value) {
    return set("Schema", value);
  }

  /**
   * The tags for the dataset.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Dataset tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Dataset tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Dataset tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the dataset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The creation time of the dataset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The last modified time of the dataset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The partition field details.
   *
   * <p>Property type {@code AWS::SCN::Dataset.DataLakeDatasetPartitionField}.
   */
  public static final class DataLakeDatasetPartitionField extends Struct<DataLakeDatasetPartitionField> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::SCN::Dataset.DataLakeDatasetPartitionField")
        .required("Name", "Transform")
        .constrain("Name", Constraint.of().pattern("^[a-z0-9_]+$").minLength(1).maxLength(100))
        .build();

    public DataLakeDatasetPartitionField() {
      super(SCHEMA);
    }

    /**
     * The name of the partition field.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[a-z0-9_]+$}. CloudFormation
     * property {@code Name}.
     */
    public DataLakeDatasetPartitionField name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DataLakeDatasetPartitionField name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The transformation of the partition field.
     *
     * <p>Required. CloudFormation property {@code Transform}.
     */
    public DataLakeDatasetPartitionField transform(Value<Transform> value) {
      return set("Transform", value);
    }
  }

  /**
   * The primary key field details.
   *
   * <p>Property type {@code AWS::SCN::Dataset.DataLakeDatasetPrimaryKeyField}.
   */
  public static final class DataLakeDatasetPrimaryKeyField extends Struct<DataLakeDatasetPrimaryKeyField> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::SCN::Dataset.DataLakeDatasetPrimaryKeyField")
        .required("Name")
        .constrain("Name", Constraint.of().pattern("^[a-z0-9_]+$").minLength(1).maxLength(100))
        .build();

    public DataLakeDatasetPrimaryKeyField() {
      super(SCHEMA);
    }

    /**
     * The name of the primary key field.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[a-z0-9_]+$}. CloudFormation
     * property {@code Name}.
     */
    public DataLakeDatasetPrimaryKeyField name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DataLakeDatasetPrimaryKeyField name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The dataset field details.
   *
   * <p>Property type {@code AWS::SCN::Dataset.DataLakeDatasetSchemaField}.
   */
  public static final class DataLakeDatasetSchemaField extends Struct<DataLakeDatasetSchemaField> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::SCN::Dataset.DataLakeDatasetSchemaField")
        .required("IsRequired", "Name", "Type")
        .constrain("Name", Constraint.of().pattern("^[a-z0-9_]+$").minLength(1).maxLength(100))
        .allowed("Type", "INT", "DOUBLE", "STRING", "TIMESTAMP", "LONG")
        .build();

    public DataLakeDatasetSchemaField() {
      super(SCHEMA);
    }

    /**
     * Indicate if the field is required or not.
     *
     * <p>Required. CloudFormation property {@code IsRequired}.
     */
    public DataLakeDatasetSchemaField isRequired(boolean value) {
      return set("IsRequired", Value.of(value));
    }

    /** Sets {@code IsRequired} to this value; see {@link #isRequired(boolean)}. */
    public DataLakeDatasetSchemaField isRequired(Value<Boolean> value) {
      return set("IsRequired", value);
    }

    /**
     * The dataset field name.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[a-z0-9_]+$}. CloudFormation
     * property {@code Name}.
     */
    public DataLakeDatasetSchemaField name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DataLakeDatasetSchemaField name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The dataset field type.
     *
     * <p>Required. Allowed values: {@code INT}, {@code DOUBLE}, {@code STRING}, {@code TIMESTAMP},
     * {@code LONG}. CloudFormation property {@code Type}.
     */
    public DataLakeDatasetSchemaField type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DataLakeDatasetSchemaField type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The partition specification of the dataset.
   *
   * <p>Property type {@code AWS::SCN::Dataset.PartitionSpec}.
   */
  public static final class PartitionSpec extends Struct<PartitionSpec> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::SCN::Dataset.PartitionSpec")
        .required("Fields")
        .build();

    public PartitionSpec() {
      super(SCHEMA);
    }

    /**
     * The partition fields.
     *
     * <p>Required. CloudFormation property {@code Fields}.
     */
    public PartitionSpec fields(List<DataLakeDatasetPartitionField> value) {
      return set("Fields", Value.listOf(value));
    }

    /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
    public PartitionSpec fields(Value<List<DataLakeDatasetPartitionField>> value) {
      return set("Fields", value);
    }

    /** Sets {@code Fields} to a list of these; see {@link #fields(List)}. */
    public PartitionSpec fields(DataLakeDatasetPartitionField... values) {
      return set("Fields", Value.list(values));
    }
  }

  /**
   * The schema of the dataset.
   *
   * <p>Property type {@code AWS::SCN::Dataset.Schema}.
   */
  public static final class Schema extends Struct<Schema> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::SCN::Dataset.Schema")
        .required("Fields", "Name")
        .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9]+$").minLength(1).maxLength(100))
        .build();

    public Schema() {
      super(SCHEMA);
    }

    /**
     * The list of field details of the dataset schema.
     *
     * <p>Required. CloudFormation property {@code Fields}.
     */
    public Schema fields(List<DataLakeDatasetSchemaField> value) {
      return set("Fields", Value.listOf(value));
    }

    /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
    public Schema fields(Value<List<DataLakeDatasetSchemaField>> value) {
      return set("Fields", value);
    }

    /** Sets {@code Fields} to a list of these; see {@link #fields(List)}. */
    public Schema fields(DataLakeDatasetSchemaField... values) {
      return set("Fields", Value.list(values));
    }

    /**
     * The name of the dataset schema.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[A-Za-z0-9]+$}. CloudFormation
     * property {@code Name}.
     */
    public Schema name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Schema name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The list of primary key fields for the dataset.
     *
     * <p>CloudFormation property {@code PrimaryKeys}.
     */
    public Schema primaryKeys(List<DataLakeDatasetPrimaryKeyField> value) {
      return set("PrimaryKeys", Value.listOf(value));
    }

    /** Sets {@code PrimaryKeys} to this value; see {@link #primaryKeys(List)}. */
    public Schema primaryKeys(Value<List<DataLakeDatasetPrimaryKeyField>> value) {
      return set("PrimaryKeys", value);
    }

    /** Sets {@code PrimaryKeys} to a list of these; see {@link #primaryKeys(List)}. */
    public Schema primaryKeys(DataLakeDatasetPrimaryKeyField... values) {
      return set("PrimaryKeys", Value.list(values));
    }
  }

  /**
   * The transformation of the partition field.
   *
   * <p>Property type {@code AWS::SCN::Dataset.Transform}.
   */
  public static final class Transform extends Struct<Transform> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::SCN::Dataset.Transform")
        .required("Type")
        .allowed("Type", "YEAR", "MONTH", "DAY", "HOUR", "IDENTITY")
        .build();

    public Transform() {
      super(SCHEMA);
    }

    /**
     * The type of partitioning transformation.
     *
     * <p>Required. Allowed values: {@code YEAR}, {@code MONTH}, {@code DAY}, {@code HOUR}, {@code
     * IDENTITY}. CloudFormation property {@code Type}.
     */
    public Transform type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Transform type(Value<String> value) {
      return set("Type", value);
    }
  }
}
