// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.oam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a link between a source account and a sink that you have created in a monitoring account.
 *
 * <p>Before you create a link, you must create a sink in the monitoring account. The sink must have
 * a sink policy that permits the source account to link to it. You can grant permission to source
 * accounts by granting permission to an entire organization, an organizational unit, or to
 * individual accounts.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/OAM/latest/APIReference/API_CreateSink.html">CreateSink</a> and
 * <a
 * href="https://docs.aws.amazon.com/OAM/latest/APIReference/API_PutSinkPolicy.html">PutSinkPolicy</a>
 * .
 *
 * <p>Each monitoring account can be linked to as many as 100,000 source accounts.
 *
 * <p>Each source account can be linked to as many as five monitoring accounts.
 *
 * <p>CloudFormation type {@code AWS::Oam::Link}.
 */
public final class Link extends Resource<Link> {
  private static final Schema SCHEMA = Schema.builder("AWS::Oam::Link")
      .required("ResourceTypes", "SinkIdentifier")
      .constrain("LabelTemplate", Constraint.of().minLength(1).maxLength(64))
      .allowed("ResourceTypes", "AWS::CloudWatch::Metric", "AWS::Logs::LogGroup",
          "AWS::XRay::Trace", "AWS::ApplicationInsights::Application",
          "AWS::InternetMonitor::Monitor", "AWS::ApplicationSignals::Service",
          "AWS::ApplicationSignals::ServiceLevelObjective")
      .constrain("SinkIdentifier", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_:\\.\\-\\/]{0,2047}$").minLength(1).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn", "Label")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Link(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specify a friendly human-readable name to use to identify this source account when you are
   * viewing data from it in the monitoring account.
   *
   * <p>You can include the following variables in your template:
   *
   * <ul> <li><code>$AccountName</code> is the name of the account <li><code>$AccountEmail</code> is
   * a globally-unique email address, which includes the email domain, such as
   * <code>mariagarcia&#64;example.com</code> <li><code>$AccountEmailNoDomain</code> is an email
   * address without the domain name, such as <code>mariagarcia</code> </ul>
   *
   * <p>In the and Regions, the only supported option is to use custom labels, and the
   * <code>$AccountName</code> , <code>$AccountEmail</code> , and <code>$AccountEmailNoDomain</code>
   * variables all resolve as <em>account-id</em> instead of the specified variable.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
   * {@code LabelTemplate}.
   */
  public Link labelTemplate(String value) {
    return set("LabelTemplate", Value.of(value));
  }

  /** Sets {@code LabelTemplate} to this value; see {@link #labelTemplate(String)}. */
  public Link labelTemplate(Value<String> value) {
    return set("LabelTemplate", value);
  }

  /**
   * Use this structure to optionally create filters that specify that only some metric namespaces
   * or log groups are to be shared from the source account to the monitoring account.
   *
   * <p>CloudFormation property {@code LinkConfiguration}.
   */
  public Link linkConfiguration(Value<LinkConfiguration> value) {
    return set("LinkConfiguration", value);
  }

  /**
   * An array of strings that define which types of data that the source account shares with the
   * monitoring account. Valid values are <code>AWS::CloudWatch::Metric | AWS::Logs::LogGroup |
   * AWS::XRay::Trace | AWS::ApplicationInsights::Application | AWS::InternetMonitor::Monitor</code>
   * .
   *
   * <p>Required. Allowed values: {@code AWS::CloudWatch::Metric}, {@code AWS::Logs::LogGroup},
   * {@code AWS::XRay::Trace}, {@code AWS::ApplicationInsights::Application}, {@code
   * AWS::InternetMonitor::Monitor}, {@code AWS::ApplicationSignals::Service}, {@code
   * AWS::ApplicationSignals::ServiceLevelObjective}. CloudFormation property {@code ResourceTypes}.
   */
  public Link resourceTypes(List<String> value) {
    return set("ResourceTypes", Value.listOf(value));
  }

  /** Sets {@code ResourceTypes} to this value; see {@link #resourceTypes(List)}. */
  public Link resourceTypes(Value<List<String>> value) {
    return set("ResourceTypes", value);
  }

  /**
   * The ARN of the sink in the monitoring account that you want to link to. You can use <a
   * href="https://docs.aws.amazon.com/OAM/latest/APIReference/API_ListSinks.html">ListSinks</a> to
   * find the ARNs of sinks.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9_:&#92;.&#92;-&#92;/]{0,2047}$}. CloudFormation property {@code
   * SinkIdentifier}.
   */
  public Link sinkIdentifier(String value) {
    return set("SinkIdentifier", Value.of(value));
  }

  /** Sets {@code SinkIdentifier} to this value; see {@link #sinkIdentifier(String)}. */
  public Link sinkIdentifier(Value<String> value) {
    return set("SinkIdentifier", value);
  }

  /**
   * An array of key-value pairs to apply to the link.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Link tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Link tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Link tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ARN of the link. For example,
   * <code>arn:aws:oam:us-west-1:111111111111:link:abcd1234-a123-456a-a12b-a123b456c789</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The friendly human-readable name used to identify this source account when it is viewed from
   * the monitoring account. For example, <code>my-account1</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Label}.
   */
  public Value<String> label() {
    return getAtt("Label");
  }

  /**
   * Use this structure to optionally create filters that specify that only some metric namespaces
   * or log groups are to be shared from the source account to the monitoring account.
   *
   * <p>Property type {@code AWS::Oam::Link.LinkConfiguration}.
   */
  public static final class LinkConfiguration extends Struct<LinkConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Oam::Link.LinkConfiguration");

    public LinkConfiguration() {
      super(SCHEMA);
    }

    /**
     * Use this structure to filter which log groups are to share log events from this source
     * account to the monitoring account.
     *
     * <p>CloudFormation property {@code LogGroupConfiguration}.
     */
    public LinkConfiguration logGroupConfiguration(Value<LinkFilter> value) {
      return set("LogGroupConfiguration", value);
    }

    /**
     * Use this structure to filter which metric namespaces are to be shared from the source account
     * to the monitoring account.
     *
     * <p>CloudFormation property {@code MetricConfiguration}.
     */
    public LinkConfiguration metricConfiguration(Value<LinkFilter> value) {
      return set("MetricConfiguration", value);
    }
  }

  /**
   * When used in <code>MetricConfiguration</code> this field specifies which metric namespaces are
   * to be shared with the monitoring account
   *
   * <p>When used in <code>LogGroupConfiguration</code> this field specifies which log groups are to
   * share their log events with the monitoring account. Use the term <code>LogGroupName</code> and
   * one or more of the following operands.
   *
   * <p>Property type {@code AWS::Oam::Link.LinkFilter}.
   */
  public static final class LinkFilter extends Struct<LinkFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Oam::Link.LinkFilter")
        .required("Filter")
        .constrain("Filter", Constraint.of().minLength(1).maxLength(2000))
        .build();

    public LinkFilter() {
      super(SCHEMA);
    }

    /**
     * When used in <code>MetricConfiguration</code> this field specifies which metric namespaces
     * are to be shared with the monitoring account
     *
     * <p>When used in <code>LogGroupConfiguration</code> this field specifies which log groups are
     * to share their log events with the monitoring account. Use the term <code>LogGroupName</code>
     * and one or more of the following operands.
     *
     * <p>Use single quotation marks (') around log group names and metric namespaces.
     *
     * <p>The matching of log group names and metric namespaces is case sensitive. Each filter has a
     * limit of five conditional operands. Conditional operands are <code>AND</code> and
     * <code>OR</code> .
     *
     * <ul> <li><code>=</code> and <code>!=</code> <li><code>AND</code> <li><code>OR</code>
     * <li><code>LIKE</code> and <code>NOT LIKE</code> . These can be used only as prefix searches.
     * Include a <code>%</code> at the end of the string that you want to search for and include.
     * <li><code>IN</code> and <code>NOT IN</code> , using parentheses <code>( )</code> </ul>
     *
     * <p>Examples:
     *
     * <ul> <li><code>Namespace NOT LIKE 'AWS/%'</code> includes only namespaces that don't start
     * with <code>AWS/</code> , such as custom namespaces. <li><code>Namespace IN ('AWS/EC2',
     * 'AWS/ELB', 'AWS/S3')</code> includes only the metrics in the EC2, Elastic Load Balancing ,
     * and Amazon S3 namespaces. <li><code>Namespace = 'AWS/EC2' OR Namespace NOT LIKE
     * 'AWS/%'</code> includes only the EC2 namespace and your custom namespaces.
     * <li><code>LogGroupName IN ('This-Log-Group', 'Other-Log-Group')</code> includes only the log
     * groups with names <code>This-Log-Group</code> and <code>Other-Log-Group</code> .
     * <li><code>LogGroupName NOT IN ('Private-Log-Group', 'Private-Log-Group-2')</code> includes
     * all log groups except the log groups with names <code>Private-Log-Group</code> and
     * <code>Private-Log-Group-2</code> . <li><code>LogGroupName LIKE 'aws/lambda/%' OR LogGroupName
     * LIKE 'AWSLogs%'</code> includes all log groups that have names that start with
     * <code>aws/lambda/</code> or <code>AWSLogs</code> . </ul>
     *
     * <p>If you are updating a link that uses filters, you can specify <code>*</code> as the only
     * value for the <code>filter</code> parameter to delete the filter and share all log groups
     * with the monitoring account.
     *
     * <p>Required. Length: 1 to 2000 characters. CloudFormation property {@code Filter}.
     */
    public LinkFilter filter(String value) {
      return set("Filter", Value.of(value));
    }

    /** Sets {@code Filter} to this value; see {@link #filter(String)}. */
    public LinkFilter filter(Value<String> value) {
      return set("Filter", value);
    }
  }
}
