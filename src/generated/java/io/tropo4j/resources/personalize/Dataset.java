// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.personalize;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an empty dataset and adds it to the specified dataset group. Use <a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDatasetImportJob.html">CreateDatasetImportJob</a>
 * to import your training data to a dataset.
 *
 * <p>There are 5 types of datasets:
 *
 * <ul> <li>Item interactions <li>Items <li>Users <li>Action interactions (you can't use
 * CloudFormation to create an Action interactions dataset) <li>Actions (you can't use
 * CloudFormation to create an Actions dataset) </ul>
 *
 * <p>Each dataset type has an associated schema with required field types. Only the <code>Item
 * interactions</code> dataset is required in order to train a model (also referred to as creating a
 * solution).
 *
 * <p>A dataset can be in one of the following states:
 *
 * <ul> <li>CREATE PENDING &gt; CREATE IN_PROGRESS &gt; ACTIVE -or- CREATE FAILED <li>DELETE PENDING
 * &gt; DELETE IN_PROGRESS </ul>
 *
 * <p>To get the status of the dataset, call <a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeDataset.html">DescribeDataset</a>
 * .
 *
 * <p><b>Related APIs</b> - <a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDatasetGroup.html">CreateDatasetGroup</a>
 *
 * <ul> <li><a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_ListDatasets.html">ListDatasets</a>
 * <li><a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeDataset.html">DescribeDataset</a>
 * <li><a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteDataset.html">DeleteDataset</a>
 * </ul>
 *
 * <p>CloudFormation type {@code AWS::Personalize::Dataset}.
 */
public final class Dataset extends Resource<Dataset> {
  private static final Schema SCHEMA = Schema.builder("AWS::Personalize::Dataset")
      .required("DatasetGroupArn", "DatasetType", "Name", "SchemaArn")
      .constrain("DatasetGroupArn", Constraint.of().pattern("arn:([a-z\\d-]+):personalize:.*:.*:.+").minLength(0).maxLength(256))
      .allowed("DatasetType", "Interactions", "Items", "Users")
      .constrain("DatasetType", Constraint.of().minLength(0).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*").minLength(1).maxLength(63))
      .constrain("SchemaArn", Constraint.of().pattern("arn:([a-z\\d-]+):personalize:.*:.*:.+").minLength(0).maxLength(256))
      .refYields("DatasetArn")
      .attributes("DatasetArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Dataset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the dataset group.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * arn:([a-z&#92;d-]+):personalize:.*:.*:.+}. CloudFormation property {@code DatasetGroupArn}.
   */
  public Dataset datasetGroupArn(String value) {
    return set("DatasetGroupArn", Value.of(value));
  }

  /** Sets {@code DatasetGroupArn} to this value; see {@link #datasetGroupArn(String)}. */
  public Dataset datasetGroupArn(Value<String> value) {
    return set("DatasetGroupArn", value);
  }

  /**
   * Describes a job that imports training data from a data source (Amazon S3 bucket) to an Amazon
   * Personalize dataset. If you specify a dataset import job as part of a dataset, all dataset
   * import job fields are required.
   *
   * <p>CloudFormation property {@code DatasetImportJob}.
   */
  public Dataset datasetImportJob(Value<DatasetImportJob> value) {
    return set("DatasetImportJob", value);
  }

  /**
   * One of the following values:
   *
   * <ul> <li>Interactions <li>Items <li>Users </ul>
   *
   * <p>You can't use CloudFormation to create an Action Interactions or Actions dataset.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code Interactions}, {@code
   * Items}, {@code Users}. Length: 0 to 256 characters. CloudFormation property {@code
   * DatasetType}.
   */
  public Dataset datasetType(String value) {
    return set("DatasetType", Value.of(value));
  }

  /** Sets {@code DatasetType} to this value; see {@link #datasetType(String)}. */
  public Dataset datasetType(Value<String> value) {
    return set("DatasetType", value);
  }

  /**
   * The name of the dataset.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9&#92;-_]*}. CloudFormation property {@code Name}.
   */
  public Dataset name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Dataset name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the associated schema.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * arn:([a-z&#92;d-]+):personalize:.*:.*:.+}. CloudFormation property {@code SchemaArn}.
   */
  public Dataset schemaArn(String value) {
    return set("SchemaArn", Value.of(value));
  }

  /** Sets {@code SchemaArn} to this value; see {@link #schemaArn(String)}. */
  public Dataset schemaArn(Value<String> value) {
    return set("SchemaArn", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
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
   * <p>{@code Fn::GetAtt} attribute {@code DatasetArn}.
   */
  public Value<String> datasetArn() {
    return getAtt("DatasetArn");
  }

  /**
   * Describes the data source that contains the data to upload to a dataset, or the list of records
   * to delete from Amazon Personalize.
   *
   * <p>Property type {@code AWS::Personalize::Dataset.DataSource}.
   */
  public static final class DataSource extends Struct<DataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Personalize::Dataset.DataSource")
        .constrain("DataLocation", Constraint.of().pattern("(s3|http|https)://.+").maxLength(256))
        .build();

    public DataSource() {
      super(SCHEMA);
    }

    /**
     * For dataset import jobs, the path to the Amazon S3 bucket where the data that you want to
     * upload to your dataset is stored. For data deletion jobs, the path to the Amazon S3 bucket
     * that stores the list of records to delete.
     *
     * <p>For example:
     *
     * <p><code>s3://bucket-name/folder-name/fileName.csv</code>
     *
     * <p>If your CSV files are in a folder in your Amazon S3 bucket and you want your import job or
     * data deletion job to consider multiple files, you can specify the path to the folder. With a
     * data deletion job, Amazon Personalize uses all files in the folder and any sub folder. Use
     * the following syntax with a <code>/</code> after the folder name:
     *
     * <p><code>s3://bucket-name/folder-name/</code>
     *
     * <p>Length: at most 256 characters. Pattern: {@code (s3|http|https)://.+}. CloudFormation
     * property {@code DataLocation}.
     */
    public DataSource dataLocation(String value) {
      return set("DataLocation", Value.of(value));
    }

    /** Sets {@code DataLocation} to this value; see {@link #dataLocation(String)}. */
    public DataSource dataLocation(Value<String> value) {
      return set("DataLocation", value);
    }
  }

  /**
   * Describes a job that imports training data from a data source (Amazon S3 bucket) to an Amazon
   * Personalize dataset.
   *
   * <p>A dataset import job can be in one of the following states:
   *
   * <ul> <li>CREATE PENDING &gt; CREATE IN_PROGRESS &gt; ACTIVE -or- CREATE FAILED </ul>
   *
   * <p>If you specify a dataset import job as part of a dataset, all dataset import job fields are
   * required.
   *
   * <p>Property type {@code AWS::Personalize::Dataset.DatasetImportJob}.
   */
  public static final class DatasetImportJob extends Struct<DatasetImportJob> {
    private static final Schema SCHEMA = Schema.builder("AWS::Personalize::Dataset.DatasetImportJob")
        .constrain("DatasetArn", Constraint.of().pattern("arn:([a-z\\d-]+):personalize:.*:.*:.+").maxLength(256))
        .constrain("DatasetImportJobArn", Constraint.of().pattern("arn:([a-z\\d-]+):personalize:.*:.*:.+").maxLength(256))
        .constrain("JobName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*").minLength(1).maxLength(63))
        .constrain("RoleArn", Constraint.of().pattern("arn:([a-z\\d-]+):iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+").maxLength(256).format("AWS::IAM::Role.Arn"))
        .build();

    public DatasetImportJob() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket that contains the training data to import.
     *
     * <p>CloudFormation property {@code DataSource}.
     */
    public DatasetImportJob dataSource(Value<DataSource> value) {
      return set("DataSource", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the dataset that receives the imported data.
     *
     * <p>Length: at most 256 characters. Pattern: {@code arn:([a-z&#92;d-]+):personalize:.*:.*:.+}.
     * CloudFormation property {@code DatasetArn}.
     */
    public DatasetImportJob datasetArn(String value) {
      return set("DatasetArn", Value.of(value));
    }

    /** Sets {@code DatasetArn} to this value; see {@link #datasetArn(String)}. */
    public DatasetImportJob datasetArn(Value<String> value) {
      return set("DatasetArn", value);
    }

    /**
     * The ARN of the dataset import job.
     *
     * <p>Length: at most 256 characters. Pattern: {@code arn:([a-z&#92;d-]+):personalize:.*:.*:.+}.
     * CloudFormation property {@code DatasetImportJobArn}.
     */
    public DatasetImportJob datasetImportJobArn(String value) {
      return set("DatasetImportJobArn", Value.of(value));
    }

    /** Sets {@code DatasetImportJobArn} to this value; see {@link #datasetImportJobArn(String)}. */
    public DatasetImportJob datasetImportJobArn(Value<String> value) {
      return set("DatasetImportJobArn", value);
    }

    /**
     * The name of the import job.
     *
     * <p>Length: 1 to 63 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9&#92;-_]*}.
     * CloudFormation property {@code JobName}.
     */
    public DatasetImportJob jobName(String value) {
      return set("JobName", Value.of(value));
    }

    /** Sets {@code JobName} to this value; see {@link #jobName(String)}. */
    public DatasetImportJob jobName(Value<String> value) {
      return set("JobName", value);
    }

    /**
     * The ARN of the IAM role that has permissions to read from the Amazon S3 data source.
     *
     * <p>Length: at most 256 characters. Pattern: {@code
     * arn:([a-z&#92;d-]+):iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public DatasetImportJob roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public DatasetImportJob roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }
}
