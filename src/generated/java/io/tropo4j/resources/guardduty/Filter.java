// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.guardduty;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::GuardDuty::Filter</code> resource specifies a new filter defined by the provided
 * <code>findingCriteria</code> .
 *
 * <p>CloudFormation type {@code AWS::GuardDuty::Filter}.
 */
public final class Filter extends Resource<Filter> {
  private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::Filter")
      .required("DetectorId", "FindingCriteria", "Name")
      .allowed("Action", "ARCHIVE", "NOOP")
      .constrain("Description", Constraint.of().minLength(0).maxLength(512))
      .constrain("DetectorId", Constraint.of().minLength(1).maxLength(300))
      .constrain("Name", Constraint.of().minLength(1).maxLength(64))
      .constrain("Rank", Constraint.of().minimum(1).maximum(100))
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Filter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the action that is to be applied to the findings that match the filter.
   *
   * <p>Allowed values: {@code ARCHIVE}, {@code NOOP}. CloudFormation property {@code Action}.
   */
  public Filter action(String value) {
    return set("Action", Value.of(value));
  }

  /** Sets {@code Action} to this value; see {@link #action(String)}. */
  public Filter action(Value<String> value) {
    return set("Action", value);
  }

  /**
   * The description of the filter. Valid characters include alphanumeric characters, and special
   * characters such as hyphen, period, colon, underscore, parentheses ( <code>{ }</code> , <code>[
   * ]</code> , and <code>( )</code> ), forward slash, horizontal tab, vertical tab, newline, form
   * feed, return, and whitespace.
   *
   * <p>Length: 0 to 512 characters. CloudFormation property {@code Description}.
   */
  public Filter description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Filter description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The detector ID associated with the GuardDuty account for which you want to create a filter.
   *
   * <p>To find the <code>detectorId</code> in the current Region, see the Settings page in the
   * GuardDuty console, or run the <a
   * href="https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListDetectors.html">ListDetectors</a>
   * API.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 300 characters. CloudFormation
   * property {@code DetectorId}.
   */
  public Filter detectorId(String value) {
    return set("DetectorId", Value.of(value));
  }

  /** Sets {@code DetectorId} to this value; see {@link #detectorId(String)}. */
  public Filter detectorId(Value<String> value) {
    return set("DetectorId", value);
  }

  /**
   * Represents the criteria to be used in the filter for querying findings.
   *
   * <p>Required. CloudFormation property {@code FindingCriteria}.
   */
  public Filter findingCriteria(Value<FindingCriteria> value) {
    return set("FindingCriteria", value);
  }

  /**
   * The name of the filter. Valid characters include period (.), underscore (_), dash (-), and
   * alphanumeric characters. A whitespace is considered to be an invalid character.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code Name}.
   */
  public Filter name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Filter name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies the position of the filter in the list of current filters. Also specifies the order
   * in which this filter is applied to the findings. The minimum value for this property is 1 and
   * the maximum is 100.
   *
   * <p>By default, filters may not be created in the same order as they are ranked. To ensure that
   * the filters are created in the expected order, you can use an optional attribute, <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn</a>
   * , with the following syntax: <code>"DependsOn":[ "ObjectName" ]</code> .
   *
   * <p>Range: 1 to 100. CloudFormation property {@code Rank}.
   */
  public Filter rank(int value) {
    return set("Rank", Value.of(value));
  }

  /** Sets {@code Rank} to this value; see {@link #rank(int)}. */
  public Filter rank(Value<Integer> value) {
    return set("Rank", value);
  }

  /**
   * The tags to be added to a new filter resource. Each tag consists of a key and an optional
   * value, both of which you define.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Filter tags(List<TagItem> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Filter tags(Value<List<TagItem>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Filter tags(TagItem... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Filter tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the condition to apply to a single field when filtering through GuardDuty findings.
   *
   * <p>Property type {@code AWS::GuardDuty::Filter.Condition}.
   */
  public static final class Condition extends Struct<Condition> {
    private static final Schema SCHEMA = Schema.of("AWS::GuardDuty::Filter.Condition");

    public Condition() {
      super(SCHEMA);
    }

    /**
     * Represents the equal condition to apply to a single field when querying for findings.
     *
     * <p>CloudFormation property {@code Eq}.
     */
    public Condition eq(List<String> value) {
      return set("Eq", Value.listOf(value));
    }

    /** Sets {@code Eq} to this value; see {@link #eq(List)}. */
    public Condition eq(Value<List<String>> value) {
      return set("Eq", value);
    }

    /**
     * Represents an <em>equal</em> ** condition to be applied to a single field when querying for
     * findings.
     *
     * <p>CloudFormation property {@code Equals}.
     */
    public Condition equalsProperty(List<String> value) {
      return set("Equals", Value.listOf(value));
    }

    /** Sets {@code Equals} to this value; see {@link #equalsProperty(List)}. */
    public Condition equalsProperty(Value<List<String>> value) {
      return set("Equals", value);
    }

    /**
     * Represents a <em>greater than</em> condition to be applied to a single field when querying
     * for findings.
     *
     * <p>CloudFormation property {@code GreaterThan}.
     */
    public Condition greaterThan(int value) {
      return set("GreaterThan", Value.of(value));
    }

    /** Sets {@code GreaterThan} to this value; see {@link #greaterThan(int)}. */
    public Condition greaterThan(Value<Integer> value) {
      return set("GreaterThan", value);
    }

    /**
     * Represents a <em>greater than or equal</em> condition to be applied to a single field when
     * querying for findings.
     *
     * <p>CloudFormation property {@code GreaterThanOrEqual}.
     */
    public Condition greaterThanOrEqual(int value) {
      return set("GreaterThanOrEqual", Value.of(value));
    }

    /** Sets {@code GreaterThanOrEqual} to this value; see {@link #greaterThanOrEqual(int)}. */
    public Condition greaterThanOrEqual(Value<Integer> value) {
      return set("GreaterThanOrEqual", value);
    }

    /**
     * Represents a <em>greater than</em> condition to be applied to a single field when querying
     * for findings.
     *
     * <p>CloudFormation property {@code Gt}.
     */
    public Condition gt(int value) {
      return set("Gt", Value.of(value));
    }

    /** Sets {@code Gt} to this value; see {@link #gt(int)}. */
    public Condition gt(Value<Integer> value) {
      return set("Gt", value);
    }

    /**
     * Represents the greater than or equal condition to apply to a single field when querying for
     * findings.
     *
     * <p>CloudFormation property {@code Gte}.
     */
    public Condition gte(int value) {
      return set("Gte", Value.of(value));
    }

    /** Sets {@code Gte} to this value; see {@link #gte(int)}. */
    public Condition gte(Value<Integer> value) {
      return set("Gte", value);
    }

    /**
     * Represents a <em>less than</em> condition to be applied to a single field when querying for
     * findings.
     *
     * <p>CloudFormation property {@code LessThan}.
     */
    public Condition lessThan(int value) {
      return set("LessThan", Value.of(value));
    }

    /** Sets {@code LessThan} to this value; see {@link #lessThan(int)}. */
    public Condition lessThan(Value<Integer> value) {
      return set("LessThan", value);
    }

    /**
     * Represents a <em>less than or equal</em> condition to be applied to a single field when
     * querying for findings.
     *
     * <p>CloudFormation property {@code LessThanOrEqual}.
     */
    public Condition lessThanOrEqual(int value) {
      return set("LessThanOrEqual", Value.of(value));
    }

    /** Sets {@code LessThanOrEqual} to this value; see {@link #lessThanOrEqual(int)}. */
    public Condition lessThanOrEqual(Value<Integer> value) {
      return set("LessThanOrEqual", value);
    }

    /**
     * Represents the less than condition to apply to a single field when querying for findings.
     *
     * <p>CloudFormation property {@code Lt}.
     */
    public Condition lt(int value) {
      return set("Lt", Value.of(value));
    }

    /** Sets {@code Lt} to this value; see {@link #lt(int)}. */
    public Condition lt(Value<Integer> value) {
      return set("Lt", value);
    }

    /**
     * Represents the less than or equal condition to apply to a single field when querying for
     * findings.
     *
     * <p>CloudFormation property {@code Lte}.
     */
    public Condition lte(int value) {
      return set("Lte", Value.of(value));
    }

    /** Sets {@code Lte} to this value; see {@link #lte(int)}. */
    public Condition lte(Value<Integer> value) {
      return set("Lte", value);
    }

    /** CloudFormation property {@code Matches}. */
    public Condition matches(List<String> value) {
      return set("Matches", Value.listOf(value));
    }

    /** Sets {@code Matches} to this value; see {@link #matches(List)}. */
    public Condition matches(Value<List<String>> value) {
      return set("Matches", value);
    }

    /**
     * Represents the not equal condition to apply to a single field when querying for findings.
     *
     * <p>CloudFormation property {@code Neq}.
     */
    public Condition neq(List<String> value) {
      return set("Neq", Value.listOf(value));
    }

    /** Sets {@code Neq} to this value; see {@link #neq(List)}. */
    public Condition neq(Value<List<String>> value) {
      return set("Neq", value);
    }

    /**
     * Represents a <em>not equal</em> ** condition to be applied to a single field when querying
     * for findings.
     *
     * <p>CloudFormation property {@code NotEquals}.
     */
    public Condition notEquals(List<String> value) {
      return set("NotEquals", Value.listOf(value));
    }

    /** Sets {@code NotEquals} to this value; see {@link #notEquals(List)}. */
    public Condition notEquals(Value<List<String>> value) {
      return set("NotEquals", value);
    }

    /** CloudFormation property {@code NotMatches}. */
    public Condition notMatches(List<String> value) {
      return set("NotMatches", Value.listOf(value));
    }

    /** Sets {@code NotMatches} to this value; see {@link #notMatches(List)}. */
    public Condition notMatches(Value<List<String>> value) {
      return set("NotMatches", value);
    }
  }

  /**
   * Represents a map of finding properties that match specified conditions and values when querying
   * findings.
   *
   * <p>Property type {@code AWS::GuardDuty::Filter.FindingCriteria}.
   */
  public static final class FindingCriteria extends Struct<FindingCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::GuardDuty::Filter.FindingCriteria");

    public FindingCriteria() {
      super(SCHEMA);
    }

    /**
     * Represents a map of finding properties that match specified conditions and values when
     * querying findings.
     *
     * <p>For information about JSON criterion mapping to their console equivalent, see <a
     * href="https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_filter-findings.html#filter_criteria">Finding
     * criteria</a> . The following are the available criterion:
     *
     * <ul> <li>accountId <li>id <li>region <li>severity </ul>
     *
     * <p>To filter on the basis of severity, the API and AWS CLI use the following input list for
     * the <code>FindingCriteria</code> condition:
     *
     * <ul> <li><em>Low</em> : <code>["1", "2", "3"]</code> <li><em>Medium</em> : <code>["4", "5",
     * "6"]</code> <li><em>High</em> : <code>["7", "8", "9"]</code> </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings.html#guardduty_findings-severity">Severity
     * levels for GuardDuty findings</a> in the <em>Amazon GuardDuty User Guide</em> .
     *
     * <ul> <li>type <li>updatedAt </ul>
     *
     * <p>Type: ISO 8601 string format: <code>YYYY-MM-DDTHH:MM:SS.SSSZ</code> or
     * <code>YYYY-MM-DDTHH:MM:SSZ</code> depending on whether the value contains milliseconds.
     *
     * <ul> <li>resource.accessKeyDetails.accessKeyId <li>resource.accessKeyDetails.principalId
     * <li>resource.accessKeyDetails.userName <li>resource.accessKeyDetails.userType
     * <li>resource.instanceDetails.iamInstanceProfile.id <li>resource.instanceDetails.imageId
     * <li>resource.instanceDetails.instanceId <li>resource.instanceDetails.tags.key
     * <li>resource.instanceDetails.tags.value
     * <li>resource.instanceDetails.networkInterfaces.ipv6Addresses
     * <li>resource.instanceDetails.networkInterfaces.privateIpAddresses.privateIpAddress
     * <li>resource.instanceDetails.networkInterfaces.publicDnsName
     * <li>resource.instanceDetails.networkInterfaces.publicIp
     * <li>resource.instanceDetails.networkInterfaces.securityGroups.groupId
     * <li>resource.instanceDetails.networkInterfaces.securityGroups.groupName
     * <li>resource.instanceDetails.networkInterfaces.subnetId
     * <li>resource.instanceDetails.networkInterfaces.vpcId <li>resource.instanceDetails.outpostArn
     * <li>resource.resourceType <li>resource.s3BucketDetails.publicAccess.effectivePermissions
     * <li>resource.s3BucketDetails.name <li>resource.s3BucketDetails.tags.key
     * <li>resource.s3BucketDetails.tags.value <li>resource.s3BucketDetails.type
     * <li>service.action.actionType <li>service.action.awsApiCallAction.api
     * <li>service.action.awsApiCallAction.callerType <li>service.action.awsApiCallAction.errorCode
     * <li>service.action.awsApiCallAction.remoteIpDetails.city.cityName
     * <li>service.action.awsApiCallAction.remoteIpDetails.country.countryName
     * <li>service.action.awsApiCallAction.remoteIpDetails.ipAddressV4
     * <li>service.action.awsApiCallAction.remoteIpDetails.ipAddressV6
     * <li>service.action.awsApiCallAction.remoteIpDetails.organization.asn
     * <li>service.action.awsApiCallAction.remoteIpDetails.organization.asnOrg
     * <li>service.action.awsApiCallAction.serviceName <li>service.action.dnsRequestAction.domain
     * <li>service.action.dnsRequestAction.domainWithSuffix
     * <li>service.action.networkConnectionAction.blocked
     * <li>service.action.networkConnectionAction.connectionDirection
     * <li>service.action.networkConnectionAction.localPortDetails.port
     * <li>service.action.networkConnectionAction.protocol
     * <li>service.action.networkConnectionAction.remoteIpDetails.city.cityName
     * <li>service.action.networkConnectionAction.remoteIpDetails.country.countryName
     * <li>service.action.networkConnectionAction.remoteIpDetails.ipAddressV4
     * <li>service.action.networkConnectionAction.remoteIpDetails.ipAddressV6
     * <li>service.action.networkConnectionAction.remoteIpDetails.organization.asn
     * <li>service.action.networkConnectionAction.remoteIpDetails.organization.asnOrg
     * <li>service.action.networkConnectionAction.remotePortDetails.port
     * <li>service.action.awsApiCallAction.remoteAccountDetails.affiliated
     * <li>service.action.kubernetesApiCallAction.remoteIpDetails.ipAddressV4
     * <li>service.action.kubernetesApiCallAction.remoteIpDetails.ipAddressV6
     * <li>service.action.kubernetesApiCallAction.namespace
     * <li>service.action.kubernetesApiCallAction.remoteIpDetails.organization.asn
     * <li>service.action.kubernetesApiCallAction.requestUri
     * <li>service.action.kubernetesApiCallAction.statusCode
     * <li>service.action.networkConnectionAction.localIpDetails.ipAddressV4
     * <li>service.action.networkConnectionAction.localIpDetails.ipAddressV6
     * <li>service.action.networkConnectionAction.protocol
     * <li>service.action.awsApiCallAction.serviceName
     * <li>service.action.awsApiCallAction.remoteAccountDetails.accountId
     * <li>service.additionalInfo.threatListName <li>service.resourceRole
     * <li>resource.eksClusterDetails.name
     * <li>resource.kubernetesDetails.kubernetesWorkloadDetails.name
     * <li>resource.kubernetesDetails.kubernetesWorkloadDetails.namespace
     * <li>resource.kubernetesDetails.kubernetesUserDetails.username
     * <li>resource.kubernetesDetails.kubernetesWorkloadDetails.containers.image
     * <li>resource.kubernetesDetails.kubernetesWorkloadDetails.containers.imagePrefix
     * <li>service.ebsVolumeScanDetails.scanId
     * <li>service.ebsVolumeScanDetails.scanDetections.threatDetectedByName.threatNames.name
     * <li>service.ebsVolumeScanDetails.scanDetections.threatDetectedByName.threatNames.severity
     * <li>service.ebsVolumeScanDetails.scanDetections.threatDetectedByName.threatNames.filePaths.hash
     * <li>service.malwareScanDetails.threats.name <li>resource.ecsClusterDetails.name
     * <li>resource.ecsClusterDetails.taskDetails.containers.image
     * <li>resource.ecsClusterDetails.taskDetails.definitionArn <li>resource.containerDetails.image
     * <li>resource.rdsDbInstanceDetails.dbInstanceIdentifier
     * <li>resource.rdsDbInstanceDetails.dbClusterIdentifier
     * <li>resource.rdsDbInstanceDetails.engine <li>resource.rdsDbUserDetails.user
     * <li>resource.rdsDbInstanceDetails.tags.key <li>resource.rdsDbInstanceDetails.tags.value
     * <li>service.runtimeDetails.process.executableSha256 <li>service.runtimeDetails.process.name
     * <li>service.runtimeDetails.process.name <li>resource.lambdaDetails.functionName
     * <li>resource.lambdaDetails.functionArn <li>resource.lambdaDetails.tags.key
     * <li>resource.lambdaDetails.tags.value </ul>
     *
     * <p>CloudFormation property {@code Criterion}.
     */
    public FindingCriteria criterion(Map<String, Condition> value) {
      return set("Criterion", Value.mapOf(value));
    }

    /** Sets {@code Criterion} to this value; see {@link #criterion(Map)}. */
    public FindingCriteria criterion(Value<Map<String, Condition>> value) {
      return set("Criterion", value);
    }

    /** CloudFormation property {@code ItemType}. */
    public FindingCriteria itemType(Value<Condition> value) {
      return set("ItemType", value);
    }
  }

  /**
   * Describes a tag.
   *
   * <p>Property type {@code AWS::GuardDuty::Filter.TagItem}.
   */
  public static final class TagItem extends Struct<TagItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::Filter.TagItem")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagItem() {
      super(SCHEMA);
    }

    /**
     * The tag key.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public TagItem key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagItem key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The tag value.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code Value}.
     */
    public TagItem value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagItem value(Value<String> value) {
      return set("Value", value);
    }
  }
}
