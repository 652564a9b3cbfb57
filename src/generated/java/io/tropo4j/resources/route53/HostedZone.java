// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.logs.LogGroup;
import java.util.List;

/**
 * Creates a new public or private hosted zone. You create records in a public hosted zone to define
 * how you want to route traffic on the internet for a domain, such as example.com, and its
 * subdomains (apex.example.com, acme.example.com). You create records in a private hosted zone to
 * define how you want to route traffic for a domain and its subdomains within one or more Amazon
 * Virtual Private Clouds (Amazon VPCs).
 *
 * <p>You can't convert a public hosted zone to a private hosted zone or vice versa. Instead, you
 * must create a new hosted zone with the same name and create new resource record sets.
 *
 * <p>For more information about charges for hosted zones, see <a
 * href="https://docs.aws.amazon.com/route53/pricing/">Amazon Route 53 Pricing</a> .
 *
 * <p>Note the following:
 *
 * <ul> <li>You can't create a hosted zone for a top-level domain (TLD) such as .com. <li>If your
 * domain is registered with a registrar other than Route 53, you must update the name servers with
 * your registrar to make Route 53 the DNS service for the domain. For more information, see <a
 * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/MigratingDNS.html">Migrating DNS
 * Service for an Existing Domain to Amazon Route 53</a> in the <em>Amazon Route 53 Developer
 * Guide</em> . </ul>
 *
 * <p>When you submit a <code>CreateHostedZone</code> request, the initial status of the hosted zone
 * is <code>PENDING</code> . For public hosted zones, this means that the NS and SOA records are not
 * yet available on all Route 53 DNS servers. When the NS and SOA records are available, the status
 * of the zone changes to <code>INSYNC</code> .
 *
 * <p>The <code>CreateHostedZone</code> request requires the caller to have an
 * <code>ec2:DescribeVpcs</code> permission.
 *
 * <p>When creating private hosted zones, the Amazon VPC must belong to the same partition where the
 * hosted zone is created. A partition is a group of AWS Regions . Each AWS account is scoped to one
 * partition. The following are the supported partitions: - <code>aws</code> - AWS Regions -
 * <code>aws-cn</code> - China Regions - <code>aws-us-gov</code> - AWS GovCloud (US) Region For more
 * information, see <a
 * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Access
 * Management</a> in the <em>AWS General Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::Route53::HostedZone}.
 */
public final class HostedZone extends Resource<HostedZone> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53::HostedZone")
      .constrain("Name", Constraint.of().minLength(0).maxLength(1024))
      .refYields("Id")
      .attributes("Id", "NameServers")
      .tags("HostedZoneTags", Schema.TagForm.LIST)
      .build();

  public HostedZone(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A complex type that contains an optional comment.
   *
   * <p>If you don't want to specify a comment, omit the <code>HostedZoneConfig</code> and
   * <code>Comment</code> elements.
   *
   * <p>CloudFormation property {@code HostedZoneConfig}.
   */
  public HostedZone hostedZoneConfig(Value<HostedZoneConfig> value) {
    return set("HostedZoneConfig", value);
  }

  /**
   * The features configuration for the hosted zone, including accelerated recovery settings and
   * status information.
   *
   * <p>CloudFormation property {@code HostedZoneFeatures}.
   */
  public HostedZone hostedZoneFeatures(Value<HostedZoneFeatures> value) {
    return set("HostedZoneFeatures", value);
  }

  /**
   * Adds, edits, or deletes tags for a health check or a hosted zone.
   *
   * <p>For information about using tags for cost allocation, see <a
   * href="https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html">Using
   * Cost Allocation Tags</a> in the <em>Billing and Cost Management User Guide</em> .
   *
   * <p>CloudFormation property {@code HostedZoneTags}.
   */
  public HostedZone hostedZoneTags(List<HostedZoneTag> value) {
    return set("HostedZoneTags", Value.listOf(value));
  }

  /** Sets {@code HostedZoneTags} to this value; see {@link #hostedZoneTags(List)}. */
  public HostedZone hostedZoneTags(Value<List<HostedZoneTag>> value) {
    return set("HostedZoneTags", value);
  }

  /** Sets {@code HostedZoneTags} to a list of these; see {@link #hostedZoneTags(List)}. */
  public HostedZone hostedZoneTags(HostedZoneTag... values) {
    return set("HostedZoneTags", Value.list(values));
  }

  /**
   * Sets {@code HostedZoneTags} to the tags, as a list of Key and Value; see {@link
   * #hostedZoneTags(List)}.
   */
  public HostedZone hostedZoneTags(Tags tags) {
    return set("HostedZoneTags", tags);
  }

  /**
   * The name of the domain. Specify a fully qualified domain name, for example,
   * <em>www.example.com</em> . The trailing dot is optional; Amazon Route 53 assumes that the
   * domain name is fully qualified. This means that Route 53 treats <em>www.example.com</em>
   * (without a trailing dot) and <em>www.example.com.</em> (with a trailing dot) as identical.
   *
   * <p>If you're creating a public hosted zone, this is the name you have registered with your DNS
   * registrar. If your domain name is registered with a registrar other than Route 53, change the
   * name servers for your domain to the set of <code>NameServers</code> that are returned by the
   * <code>Fn::GetAtt</code> intrinsic function.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. CloudFormation property
   * {@code Name}.
   */
  public HostedZone name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public HostedZone name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Creates a configuration for DNS query logging. After you create a query logging configuration,
   * Amazon Route 53 begins to publish log data to an Amazon CloudWatch Logs log group.
   *
   * <p>DNS query logs contain information about the queries that Route 53 receives for a specified
   * public hosted zone, such as the following:
   *
   * <ul> <li>Route 53 edge location that responded to the DNS query <li>Domain or subdomain that
   * was requested <li>DNS record type, such as A or AAAA <li>DNS response code, such as
   * <code>NoError</code> or <code>ServFail</code> </ul>
   *
   * <ul> <li><b>Log Group and Resource Policy</b> - Before you create a query logging
   * configuration, perform the following operations. </ul>
   *
   * <p>If you create a query logging configuration using the Route 53 console, Route 53 performs
   * these operations automatically.
   *
   * <ul> <li>Create a CloudWatch Logs log group, and make note of the ARN, which you specify when
   * you create a query logging configuration. Note the following: </ul>
   *
   * <ul> <li>You must create the log group in the us-east-1 region. <li>You must use the same AWS
   * account to create the log group and the hosted zone that you want to configure query logging
   * for. <li>When you create log groups for query logging, we recommend that you use a consistent
   * prefix, for example: </ul>
   *
   * <p><code>/aws/route53/ <em>hosted zone name</em></code>
   *
   * <p>In the next step, you'll create a resource policy, which controls access to one or more log
   * groups and the associated AWS resources, such as Route 53 hosted zones. There's a limit on the
   * number of resource policies that you can create, so we recommend that you use a consistent
   * prefix so you can use the same resource policy for all the log groups that you create for query
   * logging.
   *
   * <ul> <li>Create a CloudWatch Logs resource policy, and give it the permissions that Route 53
   * needs to create log streams and to send query logs to log streams. You must create the
   * CloudWatch Logs resource policy in the us-east-1 region. For the value of <code>Resource</code>
   * , specify the ARN for the log group that you created in the previous step. To use the same
   * resource policy for all the CloudWatch Logs log groups that you created for query logging
   * configurations, replace the hosted zone name with <code>*</code> , for example: </ul>
   *
   * <p><code>arn:aws:logs:us-east-1:123412341234:log-group:/aws/route53/*</code>
   *
   * <p>To avoid the confused deputy problem, a security issue where an entity without a permission
   * for an action can coerce a more-privileged entity to perform it, you can optionally limit the
   * permissions that a service has to a resource in a resource-based policy by supplying the
   * following values:
   *
   * <ul> <li>For <code>aws:SourceArn</code> , supply the hosted zone ARN used in creating the query
   * logging configuration. For example, <code>aws:SourceArn: arn:aws:route53:::hostedzone/hosted
   * zone ID</code> . <li>For <code>aws:SourceAccount</code> , supply the account ID for the account
   * that creates the query logging configuration. For example,
   * <code>aws:SourceAccount:111111111111</code> . </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html">The confused
   * deputy problem</a> in the <em>AWS IAM User Guide</em> .
   *
   * <p>You can't use the CloudWatch console to create or edit a resource policy. You must use the
   * CloudWatch API, one of the AWS SDKs, or the AWS CLI .
   *
   * <ul> <li><b>Log Streams and Edge Locations</b> - When Route 53 finishes creating the
   * configuration for DNS query logging, it does the following: </ul>
   *
   * <ul> <li>Creates a log stream for an edge location the first time that the edge location
   * responds to DNS queries for the specified hosted zone. That log stream is used to log all
   * queries that Route 53 responds to for that edge location. <li>Begins to send query logs to the
   * applicable log stream. </ul>
   *
   * <p>The name of each log stream is in the following format:
   *
   * <p><code><em>hosted zone ID</em> / <em>edge location code</em></code>
   *
   * <p>The edge location code is a three-letter code and an arbitrarily assigned number, for
   * example, DFW3. The three-letter code typically corresponds with the International Air Transport
   * Association airport code for an airport near the edge location. (These abbreviations might
   * change in the future.) For a list of edge locations, see "The Route 53 Global Network" on the
   * <a href="https://docs.aws.amazon.com/route53/details/">Route 53 Product Details</a> page.
   *
   * <ul> <li><b>Queries That Are Logged</b> - Query logs contain only the queries that DNS
   * resolvers forward to Route 53. If a DNS resolver has already cached the response to a query
   * (such as the IP address for a load balancer for example.com), the resolver will continue to
   * return the cached response. It doesn't forward another query to Route 53 until the TTL for the
   * corresponding resource record set expires. Depending on how many DNS queries are submitted for
   * a resource record set, and depending on the TTL for that resource record set, query logs might
   * contain information about only one query out of every several thousand queries that are
   * submitted to DNS. For more information about how DNS works, see <a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/welcome-dns-service.html">Routing
   * Internet Traffic to Your Website or Web Application</a> in the <em>Amazon Route 53 Developer
   * Guide</em> . <li><b>Log File Format</b> - For a list of the values in each query log and the
   * format of each value, see <a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html">Logging DNS
   * Queries</a> in the <em>Amazon Route 53 Developer Guide</em> . <li><b>Pricing</b> - For
   * information about charges for query logs, see <a
   * href="https://docs.aws.amazon.com/cloudwatch/pricing/">Amazon CloudWatch Pricing</a> .
   * <li><b>How to Stop Logging</b> - If you want Route 53 to stop sending query logs to CloudWatch
   * Logs, delete the query logging configuration. For more information, see <a
   * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_DeleteQueryLoggingConfig.html">DeleteQueryLoggingConfig</a>
   * . </ul>
   *
   * <p>CloudFormation property {@code QueryLoggingConfig}.
   */
  public HostedZone queryLoggingConfig(Value<QueryLoggingConfig> value) {
    return set("QueryLoggingConfig", value);
  }

  /**
   * <em>Private hosted zones:</em> A complex type that contains information about the VPCs that are
   * associated with the specified hosted zone.
   *
   * <p>For public hosted zones, omit <code>VPCs</code> , <code>VPCId</code> , and
   * <code>VPCRegion</code> .
   *
   * <p>CloudFormation property {@code VPCs}.
   */
  public HostedZone vpCs(List<VPC> value) {
    return set("VPCs", Value.listOf(value));
  }

  /** Sets {@code VPCs} to this value; see {@link #vpCs(List)}. */
  public HostedZone vpCs(Value<List<VPC>> value) {
    return set("VPCs", value);
  }

  /** Sets {@code VPCs} to a list of these; see {@link #vpCs(List)}. */
  public HostedZone vpCs(VPC... values) {
    return set("VPCs", Value.list(values));
  }

  /**
   * The ID that Amazon Route 53 assigned to the hosted zone when you created it.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Returns the set of name servers for the specific hosted zone. For example:
   * <code>ns1.example.com</code> .
   *
   * <p>This attribute is not supported for private hosted zones.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NameServers}.
   */
  public Value<List<String>> nameServers() {
    return getAtt("NameServers");
  }

  /**
   * A complex type that contains an optional comment about your hosted zone. If you don't want to
   * specify a comment, omit both the <code>HostedZoneConfig</code> and <code>Comment</code>
   * elements.
   *
   * <p>Property type {@code AWS::Route53::HostedZone.HostedZoneConfig}.
   */
  public static final class HostedZoneConfig extends Struct<HostedZoneConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53::HostedZone.HostedZoneConfig")
        .constrain("Comment", Constraint.of().minLength(0).maxLength(256))
        .build();

    public HostedZoneConfig() {
      super(SCHEMA);
    }

    /**
     * Any comments that you want to include about the hosted zone.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code Comment}.
     */
    public HostedZoneConfig comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public HostedZoneConfig comment(Value<String> value) {
      return set("Comment", value);
    }
  }

  /**
   * Represents the features configuration for a hosted zone, including the status of various
   * features and any associated failure reasons.
   *
   * <p>Property type {@code AWS::Route53::HostedZone.HostedZoneFeatures}.
   */
  public static final class HostedZoneFeatures extends Struct<HostedZoneFeatures> {
    private static final Schema SCHEMA = Schema.of("AWS::Route53::HostedZone.HostedZoneFeatures");

    public HostedZoneFeatures() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code EnableAcceleratedRecovery}. */
    public HostedZoneFeatures enableAcceleratedRecovery(boolean value) {
      return set("EnableAcceleratedRecovery", Value.of(value));
    }

    /**
     * Sets {@code EnableAcceleratedRecovery} to this value; see {@link
     * #enableAcceleratedRecovery(boolean)}.
     */
    public HostedZoneFeatures enableAcceleratedRecovery(Value<Boolean> value) {
      return set("EnableAcceleratedRecovery", value);
    }
  }

  /**
   * A complex type that contains information about a tag that you want to add or edit for the
   * specified health check or hosted zone.
   *
   * <p>Property type {@code AWS::Route53::HostedZone.HostedZoneTag}.
   */
  public static final class HostedZoneTag extends Struct<HostedZoneTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53::HostedZone.HostedZoneTag")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().maxLength(128))
        .constrain("Value", Constraint.of().maxLength(256))
        .build();

    public HostedZoneTag() {
      super(SCHEMA);
    }

    /**
     * The value of <code>Key</code> depends on the operation that you want to perform:
     *
     * <ul> <li><em>Add a tag to a health check or hosted zone</em> : <code>Key</code> is the name
     * that you want to give the new tag. <li><em>Edit a tag</em> : <code>Key</code> is the name of
     * the tag that you want to change the <code>Value</code> for. <li><em>Delete a key</em> :
     * <code>Key</code> is the name of the tag you want to remove. <li><em>Give a name to a health
     * check</em> : Edit the default <code>Name</code> tag. In the Amazon Route 53 console, the list
     * of your health checks includes a <em>Name</em> column that lets you see the name that you've
     * given to each health check. </ul>
     *
     * <p>Required. Length: at most 128 characters. CloudFormation property {@code Key}.
     */
    public HostedZoneTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public HostedZoneTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of <code>Value</code> depends on the operation that you want to perform:
     *
     * <ul> <li><em>Add a tag to a health check or hosted zone</em> : <code>Value</code> is the
     * value that you want to give the new tag. <li><em>Edit a tag</em> : <code>Value</code> is the
     * new value that you want to assign the tag. </ul>
     *
     * <p>Required. Length: at most 256 characters. CloudFormation property {@code Value}.
     */
    public HostedZoneTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public HostedZoneTag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * A complex type that contains information about a configuration for DNS query logging.
   *
   * <p>Property type {@code AWS::Route53::HostedZone.QueryLoggingConfig}.
   */
  public static final class QueryLoggingConfig extends Struct<QueryLoggingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53::HostedZone.QueryLoggingConfig")
        .required("CloudWatchLogsLogGroupArn")
        .references("CloudWatchLogsLogGroupArn", "AWS::Logs::LogGroup.Arn")
        .build();

    public QueryLoggingConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the CloudWatch Logs log group that Amazon Route 53 is
     * publishing logs to.
     *
     * <p>Required. CloudFormation property {@code CloudWatchLogsLogGroupArn}.
     */
    public QueryLoggingConfig cloudWatchLogsLogGroupArn(String value) {
      return set("CloudWatchLogsLogGroupArn", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchLogsLogGroupArn} to this value; see {@link
     * #cloudWatchLogsLogGroupArn(String)}.
     */
    public QueryLoggingConfig cloudWatchLogsLogGroupArn(Value<String> value) {
      return set("CloudWatchLogsLogGroupArn", value);
    }

    /**
     * Sets {@code CloudWatchLogsLogGroupArn} to the Arn of {@code AWS::Logs::LogGroup}; see {@link
     * #cloudWatchLogsLogGroupArn(String)}.
     */
    public QueryLoggingConfig cloudWatchLogsLogGroupArn(LogGroup resource) {
      return set("CloudWatchLogsLogGroupArn", resource.arn());
    }
  }

  /**
   * <em>Private hosted zones only:</em> A complex type that contains information about an Amazon
   * VPC. Route 53 Resolver uses the records in the private hosted zone to route traffic in that
   * VPC.
   *
   * <p>For public hosted zones, omit <code>VPCs</code> , <code>VPCId</code> , and
   * <code>VPCRegion</code> .
   *
   * <p>Property type {@code AWS::Route53::HostedZone.VPC}.
   */
  public static final class VPC extends Struct<VPC> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53::HostedZone.VPC")
        .required("VPCId", "VPCRegion")
        .constrain("VPCId", Constraint.of().format("AWS::EC2::VPC.Id"))
        .references("VPCId", "AWS::EC2::VPC.Ref")
        .build();

    public VPC() {
      super(SCHEMA);
    }

    /**
     * <em>Private hosted zones only:</em> The ID of an Amazon VPC.
     *
     * <p>For public hosted zones, omit <code>VPCs</code> , <code>VPCId</code> , and
     * <code>VPCRegion</code> .
     *
     * <p>Required. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VPCId}.
     */
    public VPC vpcId(String value) {
      return set("VPCId", Value.of(value));
    }

    /** Sets {@code VPCId} to this value; see {@link #vpcId(String)}. */
    public VPC vpcId(Value<String> value) {
      return set("VPCId", value);
    }

    /** Sets {@code VPCId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
    public VPC vpcId(io.tropo4j.resources.ec2.VPC resource) {
      return set("VPCId", resource.ref());
    }

    /**
     * <em>Private hosted zones only:</em> The region that an Amazon VPC was created in.
     *
     * <p>For public hosted zones, omit <code>VPCs</code> , <code>VPCId</code> , and
     * <code>VPCRegion</code> .
     *
     * <p>Required. CloudFormation property {@code VPCRegion}.
     */
    public VPC vpcRegion(String value) {
      return set("VPCRegion", Value.of(value));
    }

    /** Sets {@code VPCRegion} to this value; see {@link #vpcRegion(String)}. */
    public VPC vpcRegion(Value<String> value) {
      return set("VPCRegion", value);
    }
  }
}
