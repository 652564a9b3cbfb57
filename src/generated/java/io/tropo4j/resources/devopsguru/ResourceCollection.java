// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devopsguru;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A collection of AWS resources supported by DevOps Guru. The one type of AWS resource collection
 * supported is AWS CloudFormation stacks. DevOps Guru can be configured to analyze only the AWS
 * resources that are defined in the stacks.
 *
 * <p>CloudFormation type {@code AWS::DevOpsGuru::ResourceCollection}.
 */
public final class ResourceCollection extends Resource<ResourceCollection> {
  private static final Schema SCHEMA = Schema.builder("AWS::DevOpsGuru::ResourceCollection")
      .required("ResourceCollectionFilter")
      .refYields("ResourceCollectionType")
      .attributes("ResourceCollectionType")
      .build();

  public ResourceCollection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Information about a filter used to specify which AWS resources are analyzed for anomalous
   * behavior by DevOps Guru.
   *
   * <p>Required. CloudFormation property {@code ResourceCollectionFilter}.
   */
  public ResourceCollection resourceCollectionFilter(Value<ResourceCollectionFilter> value) {
    return set("ResourceCollectionFilter", value);
  }

  /**
   * The type of AWS resource collections to return. The one valid value is
   * <code>CLOUD_FORMATION</code> for AWS CloudFormation stacks.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceCollectionType}.
   */
  public Value<String> resourceCollectionType() {
    return getAtt("ResourceCollectionType");
  }

  /**
   * Information about AWS CloudFormation stacks. You can use up to 1000 stacks to specify which AWS
   * resources in your account to analyze. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacks.html">Stacks</a> in
   * the <em>AWS CloudFormation User Guide</em> .
   *
   * <p>Property type {@code AWS::DevOpsGuru::ResourceCollection.CloudFormationCollectionFilter}.
   */
  public static final class CloudFormationCollectionFilter extends Struct<CloudFormationCollectionFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsGuru::ResourceCollection.CloudFormationCollectionFilter")
        .constrain("StackNames", Constraint.of().pattern("^[a-zA-Z*]+[a-zA-Z0-9-]*$").minLength(1).maxLength(128))
        .build();

    public CloudFormationCollectionFilter() {
      super(SCHEMA);
    }

    /**
     * An array of CloudFormation stack names.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z*]+[a-zA-Z0-9-]*$}. CloudFormation
     * property {@code StackNames}.
     */
    public CloudFormationCollectionFilter stackNames(List<String> value) {
      return set("StackNames", Value.listOf(value));
    }

    /** Sets {@code StackNames} to this value; see {@link #stackNames(List)}. */
    public CloudFormationCollectionFilter stackNames(Value<List<String>> value) {
      return set("StackNames", value);
    }
  }

  /**
   * Information about a filter used to specify which AWS resources are analyzed for anomalous
   * behavior by DevOps Guru.
   *
   * <p>Property type {@code AWS::DevOpsGuru::ResourceCollection.ResourceCollectionFilter}.
   */
  public static final class ResourceCollectionFilter extends Struct<ResourceCollectionFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsGuru::ResourceCollection.ResourceCollectionFilter");

    public ResourceCollectionFilter() {
      super(SCHEMA);
    }

    /**
     * Information about AWS CloudFormation stacks. You can use up to 1000 stacks to specify which
     * AWS resources in your account to analyze. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacks.html">Stacks</a>
     * in the <em>AWS CloudFormation User Guide</em> .
     *
     * <p>CloudFormation property {@code CloudFormation}.
     */
    public ResourceCollectionFilter cloudFormation(Value<CloudFormationCollectionFilter> value) {
      return set("CloudFormation", value);
    }

    /**
     * The AWS tags used to filter the resources in the resource collection.
     *
     * <p>Tags help you identify and organize your AWS resources. Many AWS services support tagging,
     * so you can assign the same tag to resources from different services to indicate that the
     * resources are related. For example, you can assign the same tag to an Amazon DynamoDB table
     * resource that you assign to an AWS Lambda function. For more information about using tags,
     * see the <a
     * href="https://docs.aws.amazon.com/whitepapers/latest/tagging-best-practices/tagging-best-practices.html">Tagging
     * best practices</a> whitepaper.
     *
     * <p>Each AWS tag has two parts.
     *
     * <ul> <li>A tag <em>key</em> (for example, <code>CostCenter</code> , <code>Environment</code>
     * , <code>Project</code> , or <code>Secret</code> ). Tag <em>keys</em> are case-sensitive.
     * <li>A field known as a tag <em>value</em> (for example, <code>111122223333</code> ,
     * <code>Production</code> , or a team name). Omitting the tag <em>value</em> is the same as
     * using an empty string. Like tag <em>keys</em> , tag <em>values</em> are case-sensitive. The
     * tag value is a required property when AppBoundaryKey is specified. </ul>
     *
     * <p>Together these are known as <em>key</em> - <em>value</em> pairs.
     *
     * <p>The string used for a <em>key</em> in a tag that you use to define your resource coverage
     * must begin with the prefix <code>Devops-guru-</code> . The tag <em>key</em> might be
     * <code>DevOps-Guru-deployment-application</code> or <code>devops-guru-rds-application</code> .
     * When you create a <em>key</em> , the case of characters in the <em>key</em> can be whatever
     * you choose. After you create a <em>key</em> , it is case-sensitive. For example, DevOps Guru
     * works with a <em>key</em> named <code>devops-guru-rds</code> and a <em>key</em> named
     * <code>DevOps-Guru-RDS</code> , and these act as two different <em>keys</em> . Possible
     * <em>key</em> / <em>value</em> pairs in your application might be
     * <code>Devops-Guru-production-application/RDS</code> or
     * <code>Devops-Guru-production-application/containers</code> .
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public ResourceCollectionFilter tags(List<TagCollection> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public ResourceCollectionFilter tags(Value<List<TagCollection>> value) {
      return set("Tags", value);
    }

    /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
    public ResourceCollectionFilter tags(TagCollection... values) {
      return set("Tags", Value.list(values));
    }
  }

  /**
   * A collection of AWS tags.
   *
   * <p>Tags help you identify and organize your AWS resources. Many AWS services support tagging,
   * so you can assign the same tag to resources from different services to indicate that the
   * resources are related. For example, you can assign the same tag to an Amazon DynamoDB table
   * resource that you assign to an AWS Lambda function. For more information about using tags, see
   * the <a
   * href="https://docs.aws.amazon.com/whitepapers/latest/tagging-best-practices/tagging-best-practices.html">Tagging
   * best practices</a> whitepaper.
   *
   * <p>Each AWS tag has two parts.
   *
   * <ul> <li>A tag <em>key</em> (for example, <code>CostCenter</code> , <code>Environment</code> ,
   * <code>Project</code> , or <code>Secret</code> ). Tag <em>keys</em> are case-sensitive. <li>A
   * field known as a tag <em>value</em> (for example, <code>111122223333</code> ,
   * <code>Production</code> , or a team name). Omitting the tag <em>value</em> is the same as using
   * an empty string. Like tag <em>keys</em> , tag <em>values</em> are case-sensitive. The tag value
   * is a required property when <em>AppBoundaryKey</em> is specified. </ul>
   *
   * <p>Together these are known as <em>key</em> - <em>value</em> pairs.
   *
   * <p>The string used for a <em>key</em> in a tag that you use to define your resource coverage
   * must begin with the prefix <code>Devops-guru-</code> . The tag <em>key</em> might be
   * <code>DevOps-Guru-deployment-application</code> or <code>devops-guru-rds-application</code> .
   * When you create a <em>key</em> , the case of characters in the <em>key</em> can be whatever you
   * choose. After you create a <em>key</em> , it is case-sensitive. For example, DevOps Guru works
   * with a <em>key</em> named <code>devops-guru-rds</code> and a <em>key</em> named
   * <code>DevOps-Guru-RDS</code> , and these act as two different <em>keys</em> . Possible
   * <em>key</em> / <em>value</em> pairs in your application might be
   * <code>Devops-Guru-production-application/RDS</code> or
   * <code>Devops-Guru-production-application/containers</code> .
   *
   * <p>Property type {@code AWS::DevOpsGuru::ResourceCollection.TagCollection}.
   */
  public static final class TagCollection extends Struct<TagCollection> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsGuru::ResourceCollection.TagCollection")
        .constrain("AppBoundaryKey", Constraint.of().minLength(1).maxLength(128))
        .constrain("TagValues", Constraint.of().minLength(1).maxLength(256))
        .build();

    public TagCollection() {
      super(SCHEMA);
    }

    /**
     * An AWS tag <em>key</em> that is used to identify the AWS resources that DevOps Guru analyzes.
     * All AWS resources in your account and Region tagged with this <em>key</em> make up your
     * DevOps Guru application and analysis boundary.
     *
     * <p>When you create a <em>key</em> , the case of characters in the <em>key</em> can be
     * whatever you choose. After you create a <em>key</em> , it is case-sensitive. For example,
     * DevOps Guru works with a <em>key</em> named <code>devops-guru-rds</code> and a <em>key</em>
     * named <code>DevOps-Guru-RDS</code> , and these act as two different <em>keys</em> . Possible
     * <em>key</em> / <em>value</em> pairs in your application might be
     * <code>Devops-Guru-production-application/RDS</code> or
     * <code>Devops-Guru-production-application/containers</code> .
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code AppBoundaryKey}.
     */
    public TagCollection appBoundaryKey(String value) {
      return set("AppBoundaryKey", Value.of(value));
    }

    /** Sets {@code AppBoundaryKey} to this value; see {@link #appBoundaryKey(String)}. */
    public TagCollection appBoundaryKey(Value<String> value) {
      return set("AppBoundaryKey", value);
    }

    /**
     * The values in an AWS tag collection.
     *
     * <p>The tag's <em>value</em> is a field used to associate a string with the tag <em>key</em>
     * (for example, <code>111122223333</code> , <code>Production</code> , or a team name). The
     * <em>key</em> and <em>value</em> are the tag's <em>key</em> pair. Omitting the tag
     * <em>value</em> is the same as using an empty string. Like tag <em>keys</em> , tag
     * <em>values</em> are case-sensitive. You can specify a maximum of 256 characters for a tag
     * value. The tag value is a required property when <em>AppBoundaryKey</em> is specified.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code TagValues}.
     */
    public TagCollection tagValues(List<String> value) {
      return set("TagValues", Value.listOf(value));
    }

    /** Sets {@code TagValues} to this value; see {@link #tagValues(List)}. */
    public TagCollection tagValues(Value<List<String>> value) {
      return set("TagValues", value);
    }
  }
}
