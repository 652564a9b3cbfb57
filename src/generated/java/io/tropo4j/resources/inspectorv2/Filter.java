// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.inspectorv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Details about a filter.
 *
 * <p>CloudFormation type {@code AWS::InspectorV2::Filter}.
 */
public final class Filter extends Resource<Filter> {
  private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::Filter")
      .required("FilterAction", "FilterCriteria", "Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(512))
      .allowed("FilterAction", "NONE", "SUPPRESS")
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Filter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the filter.
   *
   * <p>Length: 1 to 512 characters. CloudFormation property {@code Description}.
   */
  public Filter description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Filter description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The action that is to be applied to the findings that match the filter.
   *
   * <p>Required. Allowed values: {@code NONE}, {@code SUPPRESS}. CloudFormation property {@code
   * FilterAction}.
   */
  public Filter filterAction(String value) {
    return set("FilterAction", Value.of(value));
  }

  /** Sets {@code FilterAction} to this value; see {@link #filterAction(String)}. */
  public Filter filterAction(Value<String> value) {
    return set("FilterAction", value);
  }

  /**
   * Details on the filter criteria associated with this filter.
   *
   * <p>Required. CloudFormation property {@code FilterCriteria}.
   */
  public Filter filterCriteria(Value<FilterCriteria> value) {
    return set("FilterCriteria", value);
  }

  /**
   * The name of the filter.
   *
   * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
   */
  public Filter name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Filter name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags attached to the filter.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Filter tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Filter tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Filter tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Number (ARN) associated with this filter.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains details on the time range used to filter findings.
   *
   * <p>Property type {@code AWS::InspectorV2::Filter.DateFilter}.
   */
  public static final class DateFilter extends Struct<DateFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::Filter.DateFilter")
        .constrain("EndInclusive", Constraint.of().format("int64"))
        .constrain("StartInclusive", Constraint.of().format("int64"))
        .build();

    public DateFilter() {
      super(SCHEMA);
    }

    /**
     * A timestamp representing the end of the time period filtered on.
     *
     * <p>Format: {@code int64}. CloudFormation property {@code EndInclusive}.
     */
    public DateFilter endInclusive(int value) {
      return set("EndInclusive", Value.of(value));
    }

    /** Sets {@code EndInclusive} to this value; see {@link #endInclusive(int)}. */
    public DateFilter endInclusive(Value<Integer> value) {
      return set("EndInclusive", value);
    }

    /**
     * A timestamp representing the start of the time period filtered on.
     *
     * <p>Format: {@code int64}. CloudFormation property {@code StartInclusive}.
     */
    public DateFilter startInclusive(int value) {
      return set("StartInclusive", Value.of(value));
    }

    /** Sets {@code StartInclusive} to this value; see {@link #startInclusive(int)}. */
    public DateFilter startInclusive(Value<Integer> value) {
      return set("StartInclusive", value);
    }
  }

  /**
   * Details on the criteria used to define the filter.
   *
   * <p>Property type {@code AWS::InspectorV2::Filter.FilterCriteria}.
   */
  public static final class FilterCriteria extends Struct<FilterCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::InspectorV2::Filter.FilterCriteria");

    public FilterCriteria() {
      super(SCHEMA);
    }

    /**
     * Details of the AWS account IDs used to filter findings.
     *
     * <p>CloudFormation property {@code AwsAccountId}.
     */
    public FilterCriteria awsAccountId(List<StringFilter> value) {
      return set("AwsAccountId", Value.listOf(value));
    }

    /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(List)}. */
    public FilterCriteria awsAccountId(Value<List<StringFilter>> value) {
      return set("AwsAccountId", value);
    }

    /** Sets {@code AwsAccountId} to a list of these; see {@link #awsAccountId(List)}. */
    public FilterCriteria awsAccountId(StringFilter... values) {
      return set("AwsAccountId", Value.list(values));
    }

    /** CloudFormation property {@code CodeVulnerabilityDetectorName}. */
    public FilterCriteria codeVulnerabilityDetectorName(List<StringFilter> value) {
      return set("CodeVulnerabilityDetectorName", Value.listOf(value));
    }

    /**
     * Sets {@code CodeVulnerabilityDetectorName} to this value; see {@link
     * #codeVulnerabilityDetectorName(List)}.
     */
    public FilterCriteria codeVulnerabilityDetectorName(Value<List<StringFilter>> value) {
      return set("CodeVulnerabilityDetectorName", value);
    }

    /**
     * Sets {@code CodeVulnerabilityDetectorName} to a list of these; see {@link
     * #codeVulnerabilityDetectorName(List)}.
     */
    public FilterCriteria codeVulnerabilityDetectorName(StringFilter... values) {
      return set("CodeVulnerabilityDetectorName", Value.list(values));
    }

    /** CloudFormation property {@code CodeVulnerabilityDetectorTags}. */
    public FilterCriteria codeVulnerabilityDetectorTags(List<StringFilter> value) {
      return set("CodeVulnerabilityDetectorTags", Value.listOf(value));
    }

    /**
     * Sets {@code CodeVulnerabilityDetectorTags} to this value; see {@link
     * #codeVulnerabilityDetectorTags(List)}.
     */
    public FilterCriteria codeVulnerabilityDetectorTags(Value<List<StringFilter>> value) {
      return set("CodeVulnerabilityDetectorTags", value);
    }

    /**
     * Sets {@code CodeVulnerabilityDetectorTags} to a list of these; see {@link
     * #codeVulnerabilityDetectorTags(List)}.
     */
    public FilterCriteria codeVulnerabilityDetectorTags(StringFilter... values) {
      return set("CodeVulnerabilityDetectorTags", Value.list(values));
    }

    /** CloudFormation property {@code CodeVulnerabilityFilePath}. */
    public FilterCriteria codeVulnerabilityFilePath(List<StringFilter> value) {
      return set("CodeVulnerabilityFilePath", Value.listOf(value));
    }

    /**
     * Sets {@code CodeVulnerabilityFilePath} to this value; see {@link
     * #codeVulnerabilityFilePath(List)}.
     */
    public FilterCriteria codeVulnerabilityFilePath(Value<List<StringFilter>> value) {
      return set("CodeVulnerabilityFilePath", value);
    }

    /**
     * Sets {@code CodeVulnerabilityFilePath} to a list of these; see {@link
     * #codeVulnerabilityFilePath(List)}.
     */
    public FilterCriteria codeVulnerabilityFilePath(StringFilter... values) {
      return set("CodeVulnerabilityFilePath", Value.list(values));
    }

    /**
     * Details of the component IDs used to filter findings.
     *
     * <p>CloudFormation property {@code ComponentId}.
     */
    public FilterCriteria componentId(List<StringFilter> value) {
      return set("ComponentId", Value.listOf(value));
    }

    /** Sets {@code ComponentId} to this value; see {@link #componentId(List)}. */
    public FilterCriteria componentId(Value<List<StringFilter>> value) {
      return set("ComponentId", value);
    }

    /** Sets {@code ComponentId} to a list of these; see {@link #componentId(List)}. */
    public FilterCriteria componentId(StringFilter... values) {
      return set("ComponentId", Value.list(values));
    }

    /**
     * Details of the component types used to filter findings.
     *
     * <p>CloudFormation property {@code ComponentType}.
     */
    public FilterCriteria componentType(List<StringFilter> value) {
      return set("ComponentType", Value.listOf(value));
    }

    /** Sets {@code ComponentType} to this value; see {@link #componentType(List)}. */
    public FilterCriteria componentType(Value<List<StringFilter>> value) {
      return set("ComponentType", value);
    }

    /** Sets {@code ComponentType} to a list of these; see {@link #componentType(List)}. */
    public FilterCriteria componentType(StringFilter... values) {
      return set("ComponentType", Value.list(values));
    }

    /**
     * Details of the Amazon EC2 instance image IDs used to filter findings.
     *
     * <p>CloudFormation property {@code Ec2InstanceImageId}.
     */
    public FilterCriteria ec2InstanceImageId(List<StringFilter> value) {
      return set("Ec2InstanceImageId", Value.listOf(value));
    }

    /** Sets {@code Ec2InstanceImageId} to this value; see {@link #ec2InstanceImageId(List)}. */
    public FilterCriteria ec2InstanceImageId(Value<List<StringFilter>> value) {
      return set("Ec2InstanceImageId", value);
    }

    /**
     * Sets {@code Ec2InstanceImageId} to a list of these; see {@link #ec2InstanceImageId(List)}.
     */
    public FilterCriteria ec2InstanceImageId(StringFilter... values) {
      return set("Ec2InstanceImageId", Value.list(values));
    }

    /**
     * Details of the Amazon EC2 instance subnet IDs used to filter findings.
     *
     * <p>CloudFormation property {@code Ec2InstanceSubnetId}.
     */
    public FilterCriteria ec2InstanceSubnetId(List<StringFilter> value) {
      return set("Ec2InstanceSubnetId", Value.listOf(value));
    }

    /** Sets {@code Ec2InstanceSubnetId} to this value; see {@link #ec2InstanceSubnetId(List)}. */
    public FilterCriteria ec2InstanceSubnetId(Value<List<StringFilter>> value) {
      return set("Ec2InstanceSubnetId", value);
    }

    /**
     * Sets {@code Ec2InstanceSubnetId} to a list of these; see {@link #ec2InstanceSubnetId(List)}.
     */
    public FilterCriteria ec2InstanceSubnetId(StringFilter... values) {
      return set("Ec2InstanceSubnetId", Value.list(values));
    }

    /**
     * Details of the Amazon EC2 instance VPC IDs used to filter findings.
     *
     * <p>CloudFormation property {@code Ec2InstanceVpcId}.
     */
    public FilterCriteria ec2InstanceVpcId(List<StringFilter> value) {
      return set("Ec2InstanceVpcId", Value.listOf(value));
    }

    /** Sets {@code Ec2InstanceVpcId} to this value; see {@link #ec2InstanceVpcId(List)}. */
    public FilterCriteria ec2InstanceVpcId(Value<List<StringFilter>> value) {
      return set("Ec2InstanceVpcId", value);
    }

    /** Sets {@code Ec2InstanceVpcId} to a list of these; see {@link #ec2InstanceVpcId(List)}. */
    public FilterCriteria ec2InstanceVpcId(StringFilter... values) {
      return set("Ec2InstanceVpcId", Value.list(values));
    }

    /**
     * Details of the Amazon ECR image architecture types used to filter findings.
     *
     * <p>CloudFormation property {@code EcrImageArchitecture}.
     */
    public FilterCriteria ecrImageArchitecture(List<StringFilter> value) {
      return set("EcrImageArchitecture", Value.listOf(value));
    }

    /** Sets {@code EcrImageArchitecture} to this value; see {@link #ecrImageArchitecture(List)}. */
    public FilterCriteria ecrImageArchitecture(Value<List<StringFilter>> value) {
      return set("EcrImageArchitecture", value);
    }

    /**
     * Sets {@code EcrImageArchitecture} to a list of these; see {@link
     * #ecrImageArchitecture(List)}.
     */
    public FilterCriteria ecrImageArchitecture(StringFilter... values) {
      return set("EcrImageArchitecture", Value.list(values));
    }

    /**
     * Details of the Amazon ECR image hashes used to filter findings.
     *
     * <p>CloudFormation property {@code EcrImageHash}.
     */
    public FilterCriteria ecrImageHash(List<StringFilter> value) {
      return set("EcrImageHash", Value.listOf(value));
    }

    /** Sets {@code EcrImageHash} to this value; see {@link #ecrImageHash(List)}. */
    public FilterCriteria ecrImageHash(Value<List<StringFilter>> value) {
      return set("EcrImageHash", value);
    }

    /** Sets {@code EcrImageHash} to a list of these; see {@link #ecrImageHash(List)}. */
    public FilterCriteria ecrImageHash(StringFilter... values) {
      return set("EcrImageHash", Value.list(values));
    }

    /**
     * Details on the Amazon ECR image push date and time used to filter findings.
     *
     * <p>CloudFormation property {@code EcrImagePushedAt}.
     */
    public FilterCriteria ecrImagePushedAt(List<DateFilter> value) {
      return set("EcrImagePushedAt", Value.listOf(value));
    }

    /** Sets {@code EcrImagePushedAt} to this value; see {@link #ecrImagePushedAt(List)}. */
    public FilterCriteria ecrImagePushedAt(Value<List<DateFilter>> value) {
      return set("EcrImagePushedAt", value);
    }

    /** Sets {@code EcrImagePushedAt} to a list of these; see {@link #ecrImagePushedAt(List)}. */
    public FilterCriteria ecrImagePushedAt(DateFilter... values) {
      return set("EcrImagePushedAt", Value.list(values));
    }

    /**
     * Details on the Amazon ECR registry used to filter findings.
     *
     * <p>CloudFormation property {@code EcrImageRegistry}.
     */
    public FilterCriteria ecrImageRegistry(List<StringFilter> value) {
      return set("EcrImageRegistry", Value.listOf(value));
    }

    /** Sets {@code EcrImageRegistry} to this value; see {@link #ecrImageRegistry(List)}. */
    public FilterCriteria ecrImageRegistry(Value<List<StringFilter>> value) {
      return set("EcrImageRegistry", value);
    }

    /** Sets {@code EcrImageRegistry} to a list of these; see {@link #ecrImageRegistry(List)}. */
    public FilterCriteria ecrImageRegistry(StringFilter... values) {
      return set("EcrImageRegistry", Value.list(values));
    }

    /**
     * Details on the name of the Amazon ECR repository used to filter findings.
     *
     * <p>CloudFormation property {@code EcrImageRepositoryName}.
     */
    public FilterCriteria ecrImageRepositoryName(List<StringFilter> value) {
      return set("EcrImageRepositoryName", Value.listOf(value));
    }

    /**
     * Sets {@code EcrImageRepositoryName} to this value; see {@link #ecrImageRepositoryName(List)}.
     */
    public FilterCriteria ecrImageRepositoryName(Value<List<StringFilter>> value) {
      return set("EcrImageRepositoryName", value);
    }

    /**
     * Sets {@code EcrImageRepositoryName} to a list of these; see {@link
     * #ecrImageRepositoryName(List)}.
     */
    public FilterCriteria ecrImageRepositoryName(StringFilter... values) {
      return set("EcrImageRepositoryName", Value.list(values));
    }

    /**
     * The tags attached to the Amazon ECR container image.
     *
     * <p>CloudFormation property {@code EcrImageTags}.
     */
    public FilterCriteria ecrImageTags(List<StringFilter> value) {
      return set("EcrImageTags", Value.listOf(value));
    }

    /** Sets {@code EcrImageTags} to this value; see {@link #ecrImageTags(List)}. */
    public FilterCriteria ecrImageTags(Value<List<StringFilter>> value) {
      return set("EcrImageTags", value);
    }

    /** Sets {@code EcrImageTags} to a list of these; see {@link #ecrImageTags(List)}. */
    public FilterCriteria ecrImageTags(StringFilter... values) {
      return set("EcrImageTags", Value.list(values));
    }

    /** CloudFormation property {@code EpssScore}. */
    public FilterCriteria epssScore(List<NumberFilter> value) {
      return set("EpssScore", Value.listOf(value));
    }

    /** Sets {@code EpssScore} to this value; see {@link #epssScore(List)}. */
    public FilterCriteria epssScore(Value<List<NumberFilter>> value) {
      return set("EpssScore", value);
    }

    /** Sets {@code EpssScore} to a list of these; see {@link #epssScore(List)}. */
    public FilterCriteria epssScore(NumberFilter... values) {
      return set("EpssScore", Value.list(values));
    }

    /** CloudFormation property {@code ExploitAvailable}. */
    public FilterCriteria exploitAvailable(List<StringFilter> value) {
      return set("ExploitAvailable", Value.listOf(value));
    }

    /** Sets {@code ExploitAvailable} to this value; see {@link #exploitAvailable(List)}. */
    public FilterCriteria exploitAvailable(Value<List<StringFilter>> value) {
      return set("ExploitAvailable", value);
    }

    /** Sets {@code ExploitAvailable} to a list of these; see {@link #exploitAvailable(List)}. */
    public FilterCriteria exploitAvailable(StringFilter... values) {
      return set("ExploitAvailable", Value.list(values));
    }

    /**
     * Details on the finding ARNs used to filter findings.
     *
     * <p>CloudFormation property {@code FindingArn}.
     */
    public FilterCriteria findingArn(List<StringFilter> value) {
      return set("FindingArn", Value.listOf(value));
    }

    /** Sets {@code FindingArn} to this value; see {@link #findingArn(List)}. */
    public FilterCriteria findingArn(Value<List<StringFilter>> value) {
      return set("FindingArn", value);
    }

    /** Sets {@code FindingArn} to a list of these; see {@link #findingArn(List)}. */
    public FilterCriteria findingArn(StringFilter... values) {
      return set("FindingArn", Value.list(values));
    }

    /**
     * Details on the finding status types used to filter findings.
     *
     * <p>CloudFormation property {@code FindingStatus}.
     */
    public FilterCriteria findingStatus(List<StringFilter> value) {
      return set("FindingStatus", Value.listOf(value));
    }

    /** Sets {@code FindingStatus} to this value; see {@link #findingStatus(List)}. */
    public FilterCriteria findingStatus(Value<List<StringFilter>> value) {
      return set("FindingStatus", value);
    }

    /** Sets {@code FindingStatus} to a list of these; see {@link #findingStatus(List)}. */
    public FilterCriteria findingStatus(StringFilter... values) {
      return set("FindingStatus", Value.list(values));
    }

    /**
     * Details on the finding types used to filter findings.
     *
     * <p>CloudFormation property {@code FindingType}.
     */
    public FilterCriteria findingType(List<StringFilter> value) {
      return set("FindingType", Value.listOf(value));
    }

    /** Sets {@code FindingType} to this value; see {@link #findingType(List)}. */
    public FilterCriteria findingType(Value<List<StringFilter>> value) {
      return set("FindingType", value);
    }

    /** Sets {@code FindingType} to a list of these; see {@link #findingType(List)}. */
    public FilterCriteria findingType(StringFilter... values) {
      return set("FindingType", Value.list(values));
    }

    /**
     * Details on the date and time a finding was first seen used to filter findings.
     *
     * <p>CloudFormation property {@code FirstObservedAt}.
     */
    public FilterCriteria firstObservedAt(List<DateFilter> value) {
      return set("FirstObservedAt", Value.listOf(value));
    }

    /** Sets {@code FirstObservedAt} to this value; see {@link #firstObservedAt(List)}. */
    public FilterCriteria firstObservedAt(Value<List<DateFilter>> value) {
      return set("FirstObservedAt", value);
    }

    /** Sets {@code FirstObservedAt} to a list of these; see {@link #firstObservedAt(List)}. */
    public FilterCriteria firstObservedAt(DateFilter... values) {
      return set("FirstObservedAt", Value.list(values));
    }

    /** CloudFormation property {@code FixAvailable}. */
    public FilterCriteria fixAvailable(List<StringFilter> value) {
      return set("FixAvailable", Value.listOf(value));
    }

    /** Sets {@code FixAvailable} to this value; see {@link #fixAvailable(List)}. */
    public FilterCriteria fixAvailable(Value<List<StringFilter>> value) {
      return set("FixAvailable", value);
    }

    /** Sets {@code FixAvailable} to a list of these; see {@link #fixAvailable(List)}. */
    public FilterCriteria fixAvailable(StringFilter... values) {
      return set("FixAvailable", Value.list(values));
    }

    /**
     * The Amazon Inspector score to filter on.
     *
     * <p>CloudFormation property {@code InspectorScore}.
     */
    public FilterCriteria inspectorScore(List<NumberFilter> value) {
      return set("InspectorScore", Value.listOf(value));
    }

    /** Sets {@code InspectorScore} to this value; see {@link #inspectorScore(List)}. */
    public FilterCriteria inspectorScore(Value<List<NumberFilter>> value) {
      return set("InspectorScore", value);
    }

    /** Sets {@code InspectorScore} to a list of these; see {@link #inspectorScore(List)}. */
    public FilterCriteria inspectorScore(NumberFilter... values) {
      return set("InspectorScore", Value.list(values));
    }

    /** CloudFormation property {@code LambdaFunctionExecutionRoleArn}. */
    public FilterCriteria lambdaFunctionExecutionRoleArn(List<StringFilter> value) {
      return set("LambdaFunctionExecutionRoleArn", Value.listOf(value));
    }

    /**
     * Sets {@code LambdaFunctionExecutionRoleArn} to this value; see {@link
     * #lambdaFunctionExecutionRoleArn(List)}.
     */
    public FilterCriteria lambdaFunctionExecutionRoleArn(Value<List<StringFilter>> value) {
      return set("LambdaFunctionExecutionRoleArn", value);
    }

    /**
     * Sets {@code LambdaFunctionExecutionRoleArn} to a list of these; see {@link
     * #lambdaFunctionExecutionRoleArn(List)}.
     */
    public FilterCriteria lambdaFunctionExecutionRoleArn(StringFilter... values) {
      return set("LambdaFunctionExecutionRoleArn", Value.list(values));
    }

    /** CloudFormation property {@code LambdaFunctionLastModifiedAt}. */
    public FilterCriteria lambdaFunctionLastModifiedAt(List<DateFilter> value) {
      return set("LambdaFunctionLastModifiedAt", Value.listOf(value));
    }

    /**
     * Sets {@code LambdaFunctionLastModifiedAt} to this value; see {@link
     * #lambdaFunctionLastModifiedAt(List)}.
     */
    public FilterCriteria lambdaFunctionLastModifiedAt(Value<List<DateFilter>> value) {
      return set("LambdaFunctionLastModifiedAt", value);
    }

    /**
     * Sets {@code LambdaFunctionLastModifiedAt} to a list of these; see {@link
     * #lambdaFunctionLastModifiedAt(List)}.
     */
    public FilterCriteria lambdaFunctionLastModifiedAt(DateFilter... values) {
      return set("LambdaFunctionLastModifiedAt", Value.list(values));
    }

    /** CloudFormation property {@code LambdaFunctionLayers}. */
    public FilterCriteria lambdaFunctionLayers(List<StringFilter> value) {
      return set("LambdaFunctionLayers", Value.listOf(value));
    }

    /** Sets {@code LambdaFunctionLayers} to this value; see {@link #lambdaFunctionLayers(List)}. */
    public FilterCriteria lambdaFunctionLayers(Value<List<StringFilter>> value) {
      return set("LambdaFunctionLayers", value);
    }

    /**
     * Sets {@code LambdaFunctionLayers} to a list of these; see {@link
     * #lambdaFunctionLayers(List)}.
     */
    public FilterCriteria lambdaFunctionLayers(StringFilter... values) {
      return set("LambdaFunctionLayers", Value.list(values));
    }

    /** CloudFormation property {@code LambdaFunctionName}. */
    public FilterCriteria lambdaFunctionName(List<StringFilter> value) {
      return set("LambdaFunctionName", Value.listOf(value));
    }

    /** Sets {@code LambdaFunctionName} to this value; see {@link #lambdaFunctionName(List)}. */
    public FilterCriteria lambdaFunctionName(Value<List<StringFilter>> value) {
      return set("LambdaFunctionName", value);
    }

    /**
     * Sets {@code LambdaFunctionName} to a list of these; see {@link #lambdaFunctionName(List)}.
     */
    public FilterCriteria lambdaFunctionName(StringFilter... values) {
      return set("LambdaFunctionName", Value.list(values));
    }

    /** CloudFormation property {@code LambdaFunctionRuntime}. */
    public FilterCriteria lambdaFunctionRuntime(List<StringFilter> value) {
      return set("LambdaFunctionRuntime", Value.listOf(value));
    }

    /**
     * Sets {@code LambdaFunctionRuntime} to this value; see {@link #lambdaFunctionRuntime(List)}.
     */
    public FilterCriteria lambdaFunctionRuntime(Value<List<StringFilter>> value) {
      return set("LambdaFunctionRuntime", value);
    }

    /**
     * Sets {@code LambdaFunctionRuntime} to a list of these; see {@link
     * #lambdaFunctionRuntime(List)}.
     */
    public FilterCriteria lambdaFunctionRuntime(StringFilter... values) {
      return set("LambdaFunctionRuntime", Value.list(values));
    }

    /**
     * Details on the date and time a finding was last seen used to filter findings.
     *
     * <p>CloudFormation property {@code LastObservedAt}.
     */
    public FilterCriteria lastObservedAt(List<DateFilter> value) {
      return set("LastObservedAt", Value.listOf(value));
    }

    /** Sets {@code LastObservedAt} to this value; see {@link #lastObservedAt(List)}. */
    public FilterCriteria lastObservedAt(Value<List<DateFilter>> value) {
      return set("LastObservedAt", value);
    }

    /** Sets {@code LastObservedAt} to a list of these; see {@link #lastObservedAt(List)}. */
    public FilterCriteria lastObservedAt(DateFilter... values) {
      return set("LastObservedAt", Value.list(values));
    }

    /**
     * Details on network protocol used to filter findings.
     *
     * <p>CloudFormation property {@code NetworkProtocol}.
     */
    public FilterCriteria networkProtocol(List<StringFilter> value) {
      return set("NetworkProtocol", Value.listOf(value));
    }

    /** Sets {@code NetworkProtocol} to this value; see {@link #networkProtocol(List)}. */
    public FilterCriteria networkProtocol(Value<List<StringFilter>> value) {
      return set("NetworkProtocol", value);
    }

    /** Sets {@code NetworkProtocol} to a list of these; see {@link #networkProtocol(List)}. */
    public FilterCriteria networkProtocol(StringFilter... values) {
      return set("NetworkProtocol", Value.list(values));
    }

    /**
     * Details on the port ranges used to filter findings.
     *
     * <p>CloudFormation property {@code PortRange}.
     */
    public FilterCriteria portRange(List<PortRangeFilter> value) {
      return set("PortRange", Value.listOf(value));
    }

    /** Sets {@code PortRange} to this value; see {@link #portRange(List)}. */
    public FilterCriteria portRange(Value<List<PortRangeFilter>> value) {
      return set("PortRange", value);
    }

    /** Sets {@code PortRange} to a list of these; see {@link #portRange(List)}. */
    public FilterCriteria portRange(PortRangeFilter... values) {
      return set("PortRange", Value.list(values));
    }

    /**
     * Details on the related vulnerabilities used to filter findings.
     *
     * <p>CloudFormation property {@code RelatedVulnerabilities}.
     */
    public FilterCriteria relatedVulnerabilities(List<StringFilter> value) {
      return set("RelatedVulnerabilities", Value.listOf(value));
    }

    /**
     * Sets {@code RelatedVulnerabilities} to this value; see {@link #relatedVulnerabilities(List)}.
     */
    public FilterCriteria relatedVulnerabilities(Value<List<StringFilter>> value) {
      return set("RelatedVulnerabilities", value);
    }

    /**
     * Sets {@code RelatedVulnerabilities} to a list of these; see {@link
     * #relatedVulnerabilities(List)}.
     */
    public FilterCriteria relatedVulnerabilities(StringFilter... values) {
      return set("RelatedVulnerabilities", Value.list(values));
    }

    /**
     * Details on the resource IDs used to filter findings.
     *
     * <p>CloudFormation property {@code ResourceId}.
     */
    public FilterCriteria resourceId(List<StringFilter> value) {
      return set("ResourceId", Value.listOf(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(List)}. */
    public FilterCriteria resourceId(Value<List<StringFilter>> value) {
      return set("ResourceId", value);
    }

    /** Sets {@code ResourceId} to a list of these; see {@link #resourceId(List)}. */
    public FilterCriteria resourceId(StringFilter... values) {
      return set("ResourceId", Value.list(values));
    }

    /**
     * Details on the resource tags used to filter findings.
     *
     * <p>CloudFormation property {@code ResourceTags}.
     */
    public FilterCriteria resourceTags(List<MapFilter> value) {
      return set("ResourceTags", Value.listOf(value));
    }

    /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
    public FilterCriteria resourceTags(Value<List<MapFilter>> value) {
      return set("ResourceTags", value);
    }

    /** Sets {@code ResourceTags} to a list of these; see {@link #resourceTags(List)}. */
    public FilterCriteria resourceTags(MapFilter... values) {
      return set("ResourceTags", Value.list(values));
    }

    /**
     * Details on the resource types used to filter findings.
     *
     * <p>CloudFormation property {@code ResourceType}.
     */
    public FilterCriteria resourceType(List<StringFilter> value) {
      return set("ResourceType", Value.listOf(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(List)}. */
    public FilterCriteria resourceType(Value<List<StringFilter>> value) {
      return set("ResourceType", value);
    }

    /** Sets {@code ResourceType} to a list of these; see {@link #resourceType(List)}. */
    public FilterCriteria resourceType(StringFilter... values) {
      return set("ResourceType", Value.list(values));
    }

    /**
     * Details on the severity used to filter findings.
     *
     * <p>CloudFormation property {@code Severity}.
     */
    public FilterCriteria severity(List<StringFilter> value) {
      return set("Severity", Value.listOf(value));
    }

    /** Sets {@code Severity} to this value; see {@link #severity(List)}. */
    public FilterCriteria severity(Value<List<StringFilter>> value) {
      return set("Severity", value);
    }

    /** Sets {@code Severity} to a list of these; see {@link #severity(List)}. */
    public FilterCriteria severity(StringFilter... values) {
      return set("Severity", Value.list(values));
    }

    /**
     * Details on the finding title used to filter findings.
     *
     * <p>CloudFormation property {@code Title}.
     */
    public FilterCriteria title(List<StringFilter> value) {
      return set("Title", Value.listOf(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(List)}. */
    public FilterCriteria title(Value<List<StringFilter>> value) {
      return set("Title", value);
    }

    /** Sets {@code Title} to a list of these; see {@link #title(List)}. */
    public FilterCriteria title(StringFilter... values) {
      return set("Title", Value.list(values));
    }

    /**
     * Details on the date and time a finding was last updated at used to filter findings.
     *
     * <p>CloudFormation property {@code UpdatedAt}.
     */
    public FilterCriteria updatedAt(List<DateFilter> value) {
      return set("UpdatedAt", Value.listOf(value));
    }

    /** Sets {@code UpdatedAt} to this value; see {@link #updatedAt(List)}. */
    public FilterCriteria updatedAt(Value<List<DateFilter>> value) {
      return set("UpdatedAt", value);
    }

    /** Sets {@code UpdatedAt} to a list of these; see {@link #updatedAt(List)}. */
    public FilterCriteria updatedAt(DateFilter... values) {
      return set("UpdatedAt", Value.list(values));
    }

    /**
     * Details on the vendor severity used to filter findings.
     *
     * <p>CloudFormation property {@code VendorSeverity}.
     */
    public FilterCriteria vendorSeverity(List<StringFilter> value) {
      return set("VendorSeverity", Value.listOf(value));
    }

    /** Sets {@code VendorSeverity} to this value; see {@link #vendorSeverity(List)}. */
    public FilterCriteria vendorSeverity(Value<List<StringFilter>> value) {
      return set("VendorSeverity", value);
    }

    /** Sets {@code VendorSeverity} to a list of these; see {@link #vendorSeverity(List)}. */
    public FilterCriteria vendorSeverity(StringFilter... values) {
      return set("VendorSeverity", Value.list(values));
    }

    /**
     * Details on the vulnerability ID used to filter findings.
     *
     * <p>CloudFormation property {@code VulnerabilityId}.
     */
    public FilterCriteria vulnerabilityId(List<StringFilter> value) {
      return set("VulnerabilityId", Value.listOf(value));
    }

    /** Sets {@code VulnerabilityId} to this value; see {@link #vulnerabilityId(List)}. */
    public FilterCriteria vulnerabilityId(Value<List<StringFilter>> value) {
      return set("VulnerabilityId", value);
    }

    /** Sets {@code VulnerabilityId} to a list of these; see {@link #vulnerabilityId(List)}. */
    public FilterCriteria vulnerabilityId(StringFilter... values) {
      return set("VulnerabilityId", Value.list(values));
    }

    /**
     * Details on the vulnerability score to filter findings by.
     *
     * <p>CloudFormation property {@code VulnerabilitySource}.
     */
    public FilterCriteria vulnerabilitySource(List<StringFilter> value) {
      return set("VulnerabilitySource", Value.listOf(value));
    }

    /** Sets {@code VulnerabilitySource} to this value; see {@link #vulnerabilitySource(List)}. */
    public FilterCriteria vulnerabilitySource(Value<List<StringFilter>> value) {
      return set("VulnerabilitySource", value);
    }

    /**
     * Sets {@code VulnerabilitySource} to a list of these; see {@link #vulnerabilitySource(List)}.
     */
    public FilterCriteria vulnerabilitySource(StringFilter... values) {
      return set("VulnerabilitySource", Value.list(values));
    }

    /**
     * Details on the vulnerable packages used to filter findings.
     *
     * <p>CloudFormation property {@code VulnerablePackages}.
     */
    public FilterCriteria vulnerablePackages(List<PackageFilter> value) {
      return set("VulnerablePackages", Value.listOf(value));
    }

    /** Sets {@code VulnerablePackages} to this value; see {@link #vulnerablePackages(List)}. */
    public FilterCriteria vulnerablePackages(Value<List<PackageFilter>> value) {
      return set("VulnerablePackages", value);
    }

    /**
     * Sets {@code VulnerablePackages} to a list of these; see {@link #vulnerablePackages(List)}.
     */
    public FilterCriteria vulnerablePackages(PackageFilter... values) {
      return set("VulnerablePackages", Value.list(values));
    }
  }

  /**
   * An object that describes details of a map filter.
   *
   * <p>Property type {@code AWS::InspectorV2::Filter.MapFilter}.
   */
  public static final class MapFilter extends Struct<MapFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::Filter.MapFilter")
        .required("Comparison")
        .allowed("Comparison", "EQUALS")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public MapFilter() {
      super(SCHEMA);
    }

    /**
     * The operator to use when comparing values in the filter.
     *
     * <p>Required. Allowed values: {@code EQUALS}. CloudFormation property {@code Comparison}.
     */
    public MapFilter comparison(String value) {
      return set("Comparison", Value.of(value));
    }

    /** Sets {@code Comparison} to this value; see {@link #comparison(String)}. */
    public MapFilter comparison(Value<String> value) {
      return set("Comparison", value);
    }

    /**
     * The tag key used in the filter.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public MapFilter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public MapFilter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The tag value used in the filter.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code Value}.
     */
    public MapFilter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public MapFilter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * An object that describes the details of a number filter.
   *
   * <p>Property type {@code AWS::InspectorV2::Filter.NumberFilter}.
   */
  public static final class NumberFilter extends Struct<NumberFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::InspectorV2::Filter.NumberFilter");

    public NumberFilter() {
      super(SCHEMA);
    }

    /**
     * The lowest number to be included in the filter.
     *
     * <p>CloudFormation property {@code LowerInclusive}.
     */
    public NumberFilter lowerInclusive(double value) {
      return set("LowerInclusive", Value.of(value));
    }

    /** Sets {@code LowerInclusive} to this value; see {@link #lowerInclusive(double)}. */
    public NumberFilter lowerInclusive(Value<Double> value) {
      return set("LowerInclusive", value);
    }

    /**
     * The highest number to be included in the filter.
     *
     * <p>CloudFormation property {@code UpperInclusive}.
     */
    public NumberFilter upperInclusive(double value) {
      return set("UpperInclusive", Value.of(value));
    }

    /** Sets {@code UpperInclusive} to this value; see {@link #upperInclusive(double)}. */
    public NumberFilter upperInclusive(Value<Double> value) {
      return set("UpperInclusive", value);
    }
  }

  /**
   * Contains information on the details of a package filter.
   *
   * <p>Property type {@code AWS::InspectorV2::Filter.PackageFilter}.
   */
  public static final class PackageFilter extends Struct<PackageFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::InspectorV2::Filter.PackageFilter");

    public PackageFilter() {
      super(SCHEMA);
    }

    /**
     * An object that contains details on the package architecture type to filter on.
     *
     * <p>CloudFormation property {@code Architecture}.
     */
    public PackageFilter architecture(Value<StringFilter> value) {
      return set("Architecture", value);
    }

    /**
     * An object that contains details on the package epoch to filter on.
     *
     * <p>CloudFormation property {@code Epoch}.
     */
    public PackageFilter epoch(Value<NumberFilter> value) {
      return set("Epoch", value);
    }

    /** CloudFormation property {@code FilePath}. */
    public PackageFilter filePath(Value<StringFilter> value) {
      return set("FilePath", value);
    }

    /**
     * An object that contains details on the name of the package to filter on.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public PackageFilter name(Value<StringFilter> value) {
      return set("Name", value);
    }

    /**
     * An object that contains details on the package release to filter on.
     *
     * <p>CloudFormation property {@code Release}.
     */
    public PackageFilter release(Value<StringFilter> value) {
      return set("Release", value);
    }

    /** CloudFormation property {@code SourceLambdaLayerArn}. */
    public PackageFilter sourceLambdaLayerArn(Value<StringFilter> value) {
      return set("SourceLambdaLayerArn", value);
    }

    /**
     * An object that contains details on the source layer hash to filter on.
     *
     * <p>CloudFormation property {@code SourceLayerHash}.
     */
    public PackageFilter sourceLayerHash(Value<StringFilter> value) {
      return set("SourceLayerHash", value);
    }

    /**
     * The package version to filter on.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public PackageFilter version(Value<StringFilter> value) {
      return set("Version", value);
    }
  }

  /**
   * An object that describes the details of a port range filter.
   *
   * <p>Property type {@code AWS::InspectorV2::Filter.PortRangeFilter}.
   */
  public static final class PortRangeFilter extends Struct<PortRangeFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::Filter.PortRangeFilter")
        .constrain("BeginInclusive", Constraint.of().minimum(0).maximum(65535))
        .constrain("EndInclusive", Constraint.of().minimum(0).maximum(65535))
        .build();

    public PortRangeFilter() {
      super(SCHEMA);
    }

    /**
     * The port number the port range begins at.
     *
     * <p>Range: 0 to 65535. CloudFormation property {@code BeginInclusive}.
     */
    public PortRangeFilter beginInclusive(int value) {
      return set("BeginInclusive", Value.of(value));
    }

    /** Sets {@code BeginInclusive} to this value; see {@link #beginInclusive(int)}. */
    public PortRangeFilter beginInclusive(Value<Integer> value) {
      return set("BeginInclusive", value);
    }

    /**
     * The port number the port range ends at.
     *
     * <p>Range: 0 to 65535. CloudFormation property {@code EndInclusive}.
     */
    public PortRangeFilter endInclusive(int value) {
      return set("EndInclusive", Value.of(value));
    }

    /** Sets {@code EndInclusive} to this value; see {@link #endInclusive(int)}. */
    public PortRangeFilter endInclusive(Value<Integer> value) {
      return set("EndInclusive", value);
    }
  }

  /**
   * An object that describes the details of a string filter.
   *
   * <p>Property type {@code AWS::InspectorV2::Filter.StringFilter}.
   */
  public static final class StringFilter extends Struct<StringFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::Filter.StringFilter")
        .required("Comparison", "Value")
        .allowed("Comparison", "EQUALS", "PREFIX", "NOT_EQUALS")
        .constrain("Value", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public StringFilter() {
      super(SCHEMA);
    }

    /**
     * The operator to use when comparing values in the filter.
     *
     * <p>Required. Allowed values: {@code EQUALS}, {@code PREFIX}, {@code NOT_EQUALS}.
     * CloudFormation property {@code Comparison}.
     */
    public StringFilter comparison(String value) {
      return set("Comparison", Value.of(value));
    }

    /** Sets {@code Comparison} to this value; see {@link #comparison(String)}. */
    public StringFilter comparison(Value<String> value) {
      return set("Comparison", value);
    }

    /**
     * The value to filter on.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Value}.
     */
    public StringFilter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public StringFilter value(Value<String> value) {
      return set("Value", value);
    }
  }
}
