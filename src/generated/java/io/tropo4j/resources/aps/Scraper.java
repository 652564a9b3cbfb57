// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.aps;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * A scraper is a fully-managed agentless collector that discovers and pulls metrics automatically.
 * A scraper pulls metrics from Prometheus-compatible sources within an Amazon EKS cluster, and
 * sends them to your Amazon Managed Service for Prometheus workspace. Scrapers are flexible. You
 * can configure the scraper to control what metrics are collected, the frequency of collection,
 * what transformations are applied to the metrics, and more.
 *
 * <p>An IAM role will be created for you that Amazon Managed Service for Prometheus uses to access
 * the metrics in your cluster. You must configure this role with a policy that allows it to scrape
 * metrics from your cluster. For more information, see <a
 * href="https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-collector-how-to.html#AMP-collector-eks-setup">Configuring
 * your Amazon EKS cluster</a> in the <em>Amazon Managed Service for Prometheus User Guide</em> .
 *
 * <p>The <code>scrapeConfiguration</code> parameter contains the YAML configuration for the
 * scraper.
 *
 * <p>For more information about collectors, including what metrics are collected, and how to
 * configure the scraper, see <a
 * href="https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-collector-how-to.html">Using an
 * AWS managed collector</a> in the <em>Amazon Managed Service for Prometheus User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::APS::Scraper}.
 */
public final class Scraper extends Resource<Scraper> {
  private static final Schema SCHEMA = Schema.builder("AWS::APS::Scraper")
      .required("Destination", "ScrapeConfiguration", "Source")
      .constrain("Alias", Constraint.of().pattern("^[0-9A-Za-z][-.0-9A-Z_a-z]*$").minLength(1).maxLength(100))
      .refYields("Arn")
      .attributes("Arn", "RoleArn", "ScraperId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Scraper(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional user-assigned scraper alias.
   *
   * <p>Length: 1 to 100 characters. Pattern: {@code ^[0-9A-Za-z][-.0-9A-Z_a-z]*$}. CloudFormation
   * property {@code Alias}.
   */
  public Scraper alias(String value) {
    return set("Alias", Value.of(value));
  }

  /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
  public Scraper alias(Value<String> value) {
    return set("Alias", value);
  }

  /**
   * The Amazon Managed Service for Prometheus workspace the scraper sends metrics to.
   *
   * <p>Required. CloudFormation property {@code Destination}.
   */
  public Scraper destination(Value<Destination> value) {
    return set("Destination", value);
  }

  /**
   * The role configuration in an Amazon Managed Service for Prometheus scraper.
   *
   * <p>CloudFormation property {@code RoleConfiguration}.
   */
  public Scraper roleConfiguration(Value<RoleConfiguration> value) {
    return set("RoleConfiguration", value);
  }

  /**
   * The configuration in use by the scraper.
   *
   * <p>Required. CloudFormation property {@code ScrapeConfiguration}.
   */
  public Scraper scrapeConfiguration(Value<ScrapeConfiguration> value) {
    return set("ScrapeConfiguration", value);
  }

  /**
   * The definition of logging configuration in an Amazon Managed Service for Prometheus workspace.
   *
   * <p>CloudFormation property {@code ScraperLoggingConfiguration}.
   */
  public Scraper scraperLoggingConfiguration(Value<ScraperLoggingConfiguration> value) {
    return set("ScraperLoggingConfiguration", value);
  }

  /**
   * The Amazon EKS cluster from which the scraper collects metrics.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Source}.
   */
  public Scraper source(Value<Source> value) {
    return set("Source", value);
  }

  /**
   * (Optional) The list of tag keys and values associated with the scraper.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Scraper tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Scraper tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Scraper tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the scraper. For example,
   * <code>arn:aws:aps:&lt;region&gt;:123456798012:scraper/s-example1-1234-abcd-5678-ef9012abcd34</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that provides permissions for the scraper to
   * discover and collect metrics on your behalf.
   *
   * <p>For example,
   * <code>arn:aws:iam::123456789012:role/service-role/AmazonGrafanaServiceRole-12example</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoleArn}.
   */
  public Value<String> roleArn() {
    return getAtt("RoleArn");
  }

  /**
   * The ID of the scraper. For example, <code>s-example1-1234-abcd-5678-ef9012abcd34</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ScraperId}.
   */
  public Value<String> scraperId() {
    return getAtt("ScraperId");
  }

  /**
   * The <code>AmpConfiguration</code> structure defines the Amazon Managed Service for Prometheus
   * instance a scraper should send metrics to.
   *
   * <p>Property type {@code AWS::APS::Scraper.AmpConfiguration}.
   */
  public static final class AmpConfiguration extends Struct<AmpConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Scraper.AmpConfiguration")
        .required("WorkspaceArn")
        .constrain("WorkspaceArn", Constraint.of().pattern("^arn:aws[-a-z]*:aps:[-a-z0-9]+:[0-9]{12}:workspace/.+$"))
        .build();

    public AmpConfiguration() {
      super(SCHEMA);
    }

    /**
     * ARN of the Amazon Managed Service for Prometheus workspace.
     *
     * <p>Required. Pattern: {@code ^arn:aws[-a-z]*:aps:[-a-z0-9]+:[0-9]{12}:workspace/.+$}.
     * CloudFormation property {@code WorkspaceArn}.
     */
    public AmpConfiguration workspaceArn(String value) {
      return set("WorkspaceArn", Value.of(value));
    }

    /** Sets {@code WorkspaceArn} to this value; see {@link #workspaceArn(String)}. */
    public AmpConfiguration workspaceArn(Value<String> value) {
      return set("WorkspaceArn", value);
    }
  }

  /**
   * Configuration for CloudWatch metrics destination
   *
   * <p>Property type {@code AWS::APS::Scraper.CloudWatchConfiguration}.
   */
  public static final class CloudWatchConfiguration extends Struct<CloudWatchConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Scraper.CloudWatchConfiguration")
        .required("DatasetArn")
        .constrain("DatasetArn", Constraint.of().pattern("^arn:aws[-a-z]*:cloudwatch:[-a-z0-9]+:[0-9]{12}:dataset\\/.+$"))
        .build();

    public CloudWatchConfiguration() {
      super(SCHEMA);
    }

    /**
     * ARN of a CloudWatch dataset
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws[-a-z]*:cloudwatch:[-a-z0-9]+:[0-9]{12}:dataset&#92;/.+$}. CloudFormation property
     * {@code DatasetArn}.
     */
    public CloudWatchConfiguration datasetArn(String value) {
      return set("DatasetArn", Value.of(value));
    }

    /** Sets {@code DatasetArn} to this value; see {@link #datasetArn(String)}. */
    public CloudWatchConfiguration datasetArn(Value<String> value) {
      return set("DatasetArn", value);
    }
  }

  /**
   * Represents a cloudwatch logs destination for scraper logging
   *
   * <p>Property type {@code AWS::APS::Scraper.CloudWatchLogDestination}.
   */
  public static final class CloudWatchLogDestination extends Struct<CloudWatchLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Scraper.CloudWatchLogDestination")
        .constrain("LogGroupArn", Constraint.of().minLength(0).maxLength(512))
        .build();

    public CloudWatchLogDestination() {
      super(SCHEMA);
    }

    /**
     * ARN of the CloudWatch log group
     *
     * <p>Length: 0 to 512 characters. CloudFormation property {@code LogGroupArn}.
     */
    public CloudWatchLogDestination logGroupArn(String value) {
      return set("LogGroupArn", Value.of(value));
    }

    /** Sets {@code LogGroupArn} to this value; see {@link #logGroupArn(String)}. */
    public CloudWatchLogDestination logGroupArn(Value<String> value) {
      return set("LogGroupArn", value);
    }
  }

  /**
   * Configuration settings for a scraper component.
   *
   * <p>Property type {@code AWS::APS::Scraper.ComponentConfig}.
   */
  public static final class ComponentConfig extends Struct<ComponentConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::APS::Scraper.ComponentConfig");

    public ComponentConfig() {
      super(SCHEMA);
    }

    /**
     * Configuration options for the scraper component.
     *
     * <p>CloudFormation property {@code Options}.
     */
    public ComponentConfig options(Map<String, String> value) {
      return set("Options", Value.mapOf(value));
    }

    /** Sets {@code Options} to this value; see {@link #options(Map)}. */
    public ComponentConfig options(Value<Map<String, String>> value) {
      return set("Options", value);
    }
  }

  /**
   * Where to send the metrics from a scraper.
   *
   * <p>Property type {@code AWS::APS::Scraper.Destination}.
   */
  public static final class Destination extends Struct<Destination> {
    private static final Schema SCHEMA = Schema.of("AWS::APS::Scraper.Destination");

    public Destination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Managed Service for Prometheus workspace to send metrics to.
     *
     * <p>CloudFormation property {@code AmpConfiguration}.
     */
    public Destination ampConfiguration(Value<AmpConfiguration> value) {
      return set("AmpConfiguration", value);
    }

    /**
     * Configuration for CloudWatch metrics destination
     *
     * <p>CloudFormation property {@code CloudWatchConfiguration}.
     */
    public Destination cloudWatchConfiguration(Value<CloudWatchConfiguration> value) {
      return set("CloudWatchConfiguration", value);
    }
  }

  /**
   * The <code>EksConfiguration</code> structure describes the connection to the Amazon EKS cluster
   * from which a scraper collects metrics.
   *
   * <p>Property type {@code AWS::APS::Scraper.EksConfiguration}.
   */
  public static final class EksConfiguration extends Struct<EksConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Scraper.EksConfiguration")
        .required("ClusterArn", "SubnetIds")
        .constrain("ClusterArn", Constraint.of().pattern("^arn:aws[-a-z]*:eks:[-a-z0-9]+:[0-9]{12}:cluster/.+$"))
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[0-9a-z]+$").format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("^subnet-[0-9a-z]+$"))
        .build();

    public EksConfiguration() {
      super(SCHEMA);
    }

    /**
     * ARN of the Amazon EKS cluster.
     *
     * <p>Required. Pattern: {@code ^arn:aws[-a-z]*:eks:[-a-z0-9]+:[0-9]{12}:cluster/.+$}.
     * CloudFormation property {@code ClusterArn}.
     */
    public EksConfiguration clusterArn(String value) {
      return set("ClusterArn", Value.of(value));
    }

    /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
    public EksConfiguration clusterArn(Value<String> value) {
      return set("ClusterArn", value);
    }

    /**
     * A list of the security group IDs for the Amazon EKS cluster VPC configuration.
     *
     * <p>Pattern: {@code ^sg-[0-9a-z]+$}. Format: {@code AWS::EC2::SecurityGroup.Id}.
     * CloudFormation property {@code SecurityGroupIds}.
     */
    public EksConfiguration securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public EksConfiguration securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * A list of subnet IDs for the Amazon EKS cluster VPC configuration.
     *
     * <p>Required. Pattern: {@code ^subnet-[0-9a-z]+$}. CloudFormation property {@code SubnetIds}.
     */
    public EksConfiguration subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public EksConfiguration subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * The role configuration in an Amazon Managed Service for Prometheus scraper.
   *
   * <p>Property type {@code AWS::APS::Scraper.RoleConfiguration}.
   */
  public static final class RoleConfiguration extends Struct<RoleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Scraper.RoleConfiguration")
        .constrain("SourceRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .constrain("TargetRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public RoleConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the source role.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code SourceRoleArn}.
     */
    public RoleConfiguration sourceRoleArn(String value) {
      return set("SourceRoleArn", Value.of(value));
    }

    /** Sets {@code SourceRoleArn} to this value; see {@link #sourceRoleArn(String)}. */
    public RoleConfiguration sourceRoleArn(Value<String> value) {
      return set("SourceRoleArn", value);
    }

    /**
     * The ARN of the target role.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code TargetRoleArn}.
     */
    public RoleConfiguration targetRoleArn(String value) {
      return set("TargetRoleArn", Value.of(value));
    }

    /** Sets {@code TargetRoleArn} to this value; see {@link #targetRoleArn(String)}. */
    public RoleConfiguration targetRoleArn(Value<String> value) {
      return set("TargetRoleArn", value);
    }
  }

  /**
   * A scrape configuration for a scraper, base 64 encoded. For more information, see <a
   * href="https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-collector-how-to.html#AMP-collector-configuration">Scraper
   * configuration</a> in the <em>Amazon Managed Service for Prometheus User Guide</em> .
   *
   * <p>Property type {@code AWS::APS::Scraper.ScrapeConfiguration}.
   */
  public static final class ScrapeConfiguration extends Struct<ScrapeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Scraper.ScrapeConfiguration")
        .required("ConfigurationBlob")
        .build();

    public ScrapeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The base 64 encoded scrape configuration file.
     *
     * <p>Required. CloudFormation property {@code ConfigurationBlob}.
     */
    public ScrapeConfiguration configurationBlob(String value) {
      return set("ConfigurationBlob", Value.of(value));
    }

    /** Sets {@code ConfigurationBlob} to this value; see {@link #configurationBlob(String)}. */
    public ScrapeConfiguration configurationBlob(Value<String> value) {
      return set("ConfigurationBlob", value);
    }
  }

  /**
   * A component of a Amazon Managed Service for Prometheus scraper that can be configured for
   * logging.
   *
   * <p>Property type {@code AWS::APS::Scraper.ScraperComponent}.
   */
  public static final class ScraperComponent extends Struct<ScraperComponent> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Scraper.ScraperComponent")
        .required("Type")
        .allowed("Type", "SERVICE_DISCOVERY", "COLLECTOR", "EXPORTER")
        .build();

    public ScraperComponent() {
      super(SCHEMA);
    }

    /**
     * The configuration settings for the scraper component.
     *
     * <p>CloudFormation property {@code Config}.
     */
    public ScraperComponent config(Value<ComponentConfig> value) {
      return set("Config", value);
    }

    /**
     * The type of the scraper component.
     *
     * <p>Required. Allowed values: {@code SERVICE_DISCOVERY}, {@code COLLECTOR}, {@code EXPORTER}.
     * CloudFormation property {@code Type}.
     */
    public ScraperComponent type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ScraperComponent type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Configuration for scraper logging
   *
   * <p>Property type {@code AWS::APS::Scraper.ScraperLoggingConfiguration}.
   */
  public static final class ScraperLoggingConfiguration extends Struct<ScraperLoggingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Scraper.ScraperLoggingConfiguration")
        .required("LoggingDestination", "ScraperComponents")
        .build();

    public ScraperLoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Destination for scraper logging
     *
     * <p>Required. CloudFormation property {@code LoggingDestination}.
     */
    public ScraperLoggingConfiguration loggingDestination(Value<ScraperLoggingDestination> value) {
      return set("LoggingDestination", value);
    }

    /** Required. CloudFormation property {@code ScraperComponents}. */
    public ScraperLoggingConfiguration scraperComponents(List<ScraperComponent> value) {
      return set("ScraperComponents", Value.listOf(value));
    }

    /** Sets {@code ScraperComponents} to this value; see {@link #scraperComponents(List)}. */
    public ScraperLoggingConfiguration scraperComponents(Value<List<ScraperComponent>> value) {
      return set("ScraperComponents", value);
    }

    /** Sets {@code ScraperComponents} to a list of these; see {@link #scraperComponents(List)}. */
    public ScraperLoggingConfiguration scraperComponents(ScraperComponent... values) {
      return set("ScraperComponents", Value.list(values));
    }
  }

  /**
   * The destination where scraper logs are sent.
   *
   * <p>Property type {@code AWS::APS::Scraper.ScraperLoggingDestination}.
   */
  public static final class ScraperLoggingDestination extends Struct<ScraperLoggingDestination> {
    private static final Schema SCHEMA = Schema.of("AWS::APS::Scraper.ScraperLoggingDestination");

    public ScraperLoggingDestination() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch Logs configuration for the scraper logging destination.
     *
     * <p>CloudFormation property {@code CloudWatchLogs}.
     */
    public ScraperLoggingDestination cloudWatchLogs(Value<CloudWatchLogDestination> value) {
      return set("CloudWatchLogs", value);
    }
  }

  /**
   * The source of collected metrics for a scraper.
   *
   * <p>Property type {@code AWS::APS::Scraper.Source}.
   */
  public static final class Source extends Struct<Source> {
    private static final Schema SCHEMA = Schema.of("AWS::APS::Scraper.Source");

    public Source() {
      super(SCHEMA);
    }

    /**
     * The Amazon EKS cluster from which a scraper collects metrics.
     *
     * <p>CloudFormation property {@code EksConfiguration}.
     */
    public Source eksConfiguration(Value<EksConfiguration> value) {
      return set("EksConfiguration", value);
    }

    /**
     * Configuration for VPC metrics source
     *
     * <p>CloudFormation property {@code VpcConfiguration}.
     */
    public Source vpcConfiguration(Value<VpcConfiguration> value) {
      return set("VpcConfiguration", value);
    }
  }

  /**
   * Configuration for VPC metrics source
   *
   * <p>Property type {@code AWS::APS::Scraper.VpcConfiguration}.
   */
  public static final class VpcConfiguration extends Struct<VpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::Scraper.VpcConfiguration")
        .required("SecurityGroupIds", "SubnetIds")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[0-9a-z]+$").format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("^subnet-[0-9a-z]+$"))
        .build();

    public VpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * List of security group IDs
     *
     * <p>Required. Pattern: {@code ^sg-[0-9a-z]+$}. Format: {@code AWS::EC2::SecurityGroup.Id}.
     * CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcConfiguration securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfiguration securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * List of subnet IDs
     *
     * <p>Required. Pattern: {@code ^subnet-[0-9a-z]+$}. CloudFormation property {@code SubnetIds}.
     */
    public VpcConfiguration subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcConfiguration subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }
}
