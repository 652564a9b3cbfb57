// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.forecast;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a dataset group, which holds a collection of related datasets. You can add datasets to
 * the dataset group when you create the dataset group, or later by using the <a
 * href="https://docs.aws.amazon.com/forecast/latest/dg/API_UpdateDatasetGroup.html">UpdateDatasetGroup</a>
 * operation.
 *
 * <p>Amazon Forecast is no longer available to new customers. Existing customers of Amazon Forecast
 * can continue to use the service as normal. <a
 * href="https://docs.aws.amazon.com/machine-learning/transition-your-amazon-forecast-usage-to-amazon-sagemaker-canvas/">Learn
 * more"</a>
 *
 * <p>After creating a dataset group and adding datasets, you use the dataset group when you create
 * a predictor. For more information, see <a
 * href="https://docs.aws.amazon.com/forecast/latest/dg/howitworks-datasets-groups.html">Dataset
 * groups</a> .
 *
 * <p>To get a list of all your datasets groups, use the <a
 * href="https://docs.aws.amazon.com/forecast/latest/dg/API_ListDatasetGroups.html">ListDatasetGroups</a>
 * operation.
 *
 * <p>The <code>Status</code> of a dataset group must be <code>ACTIVE</code> before you can use the
 * dataset group to create a predictor. To get the status, use the <a
 * href="https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeDatasetGroup.html">DescribeDatasetGroup</a>
 * operation.
 *
 * <p>CloudFormation type {@code AWS::Forecast::DatasetGroup}.
 */
public final class DatasetGroup extends Resource<DatasetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Forecast::DatasetGroup")
      .required("DatasetGroupName", "Domain")
      .constrain("DatasetArns", Constraint.of().pattern("^[a-zA-Z0-9\\-\\_\\.\\/\\:]+$").minLength(0).maxLength(256))
      .constrain("DatasetGroupName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]*").minLength(1).maxLength(63))
      .allowed("Domain", "RETAIL", "CUSTOM", "INVENTORY_PLANNING", "EC2_CAPACITY", "WORK_FORCE",
          "WEB_TRAFFIC", "METRICS")
      .refYields("DatasetGroupArn")
      .attributes("DatasetGroupArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DatasetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of Amazon Resource Names (ARNs) of the datasets that you want to include in the
   * dataset group.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[a-zA-Z0-9&#92;-&#92;_&#92;.&#92;/&#92;:]+$}.
   * CloudFormation property {@code DatasetArns}.
   */
  public DatasetGroup datasetArns(List<String> value) {
    return set("DatasetArns", Value.listOf(value));
  }

  /** Sets {@code DatasetArns} to this value; see {@link #datasetArns(List)}. */
  public DatasetGroup datasetArns(Value<List<String>> value) {
    return set("DatasetArns", value);
  }

  /**
   * The name of the dataset group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z][a-zA-Z0-9_]*}. CloudFormation property {@code DatasetGroupName}.
   */
  public DatasetGroup datasetGroupName(String value) {
    return set("DatasetGroupName", Value.of(value));
  }

  /** Sets {@code DatasetGroupName} to this value; see {@link #datasetGroupName(String)}. */
  public DatasetGroup datasetGroupName(Value<String> value) {
    return set("DatasetGroupName", value);
  }

  /**
   * The domain associated with the dataset group. When you add a dataset to a dataset group, this
   * value and the value specified for the <code>Domain</code> parameter of the <a
   * href="https://docs.aws.amazon.com/forecast/latest/dg/API_CreateDataset.html">CreateDataset</a>
   * operation must match.
   *
   * <p>The <code>Domain</code> and <code>DatasetType</code> that you choose determine the fields
   * that must be present in training data that you import to a dataset. For example, if you choose
   * the <code>RETAIL</code> domain and <code>TARGET_TIME_SERIES</code> as the
   * <code>DatasetType</code> , Amazon Forecast requires that <code>item_id</code> ,
   * <code>timestamp</code> , and <code>demand</code> fields are present in your data. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/forecast/latest/dg/howitworks-datasets-groups.html">Dataset
   * groups</a> .
   *
   * <p>Required. Allowed values: {@code RETAIL}, {@code CUSTOM}, {@code INVENTORY_PLANNING}, {@code
   * EC2_CAPACITY}, {@code WORK_FORCE}, {@code WEB_TRAFFIC}, {@code METRICS}. CloudFormation
   * property {@code Domain}.
   */
  public DatasetGroup domain(String value) {
    return set("Domain", Value.of(value));
  }

  /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
  public DatasetGroup domain(Value<String> value) {
    return set("Domain", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DatasetGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DatasetGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DatasetGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the dataset group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatasetGroupArn}.
   */
  public Value<String> datasetGroupArn() {
    return getAtt("DatasetGroupArn");
  }
}
