// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Configuration sets let you create groups of rules that you can apply to the emails you send using
 * Amazon SES. For more information about using configuration sets, see <a
 * href="https://docs.aws.amazon.com/ses/latest/dg/using-configuration-sets.html">Using Amazon SES
 * Configuration Sets</a> in the <a href="https://docs.aws.amazon.com/ses/latest/dg/">Amazon SES
 * Developer Guide</a> .
 *
 * <p><em>Required permissions:</em> To apply any of the resource options, you will need to have the
 * corresponding AWS Identity and Access Management (IAM) SES API v2 permissions: -
 * <code>ses:GetConfigurationSet</code> - (This permission is replacing the v1
 * <em>ses:DescribeConfigurationSet</em> permission which will not work with these v2 resource
 * options.) - <code>ses:PutConfigurationSetDeliveryOptions</code> -
 * <code>ses:PutConfigurationSetReputationOptions</code> -
 * <code>ses:PutConfigurationSetSendingOptions</code> -
 * <code>ses:PutConfigurationSetSuppressionOptions</code> -
 * <code>ses:PutConfigurationSetTrackingOptions</code>
 *
 * <p>CloudFormation type {@code AWS::SES::ConfigurationSet}.
 */
public final class ConfigurationSet extends Resource<ConfigurationSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSet")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,64}$"))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConfigurationSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An object that defines a MailManager archive that is used to preserve emails that you send
   * using the configuration set.
   *
   * <p>CloudFormation property {@code ArchivingOptions}.
   */
  public ConfigurationSet archivingOptions(Value<ArchivingOptions> value) {
    return set("ArchivingOptions", value);
  }

  /**
   * Specifies the name of the dedicated IP pool to associate with the configuration set and whether
   * messages that use the configuration set are required to use Transport Layer Security (TLS).
   *
   * <p>CloudFormation property {@code DeliveryOptions}.
   */
  public ConfigurationSet deliveryOptions(Value<DeliveryOptions> value) {
    return set("DeliveryOptions", value);
  }

  /**
   * The name of the configuration set. The name must meet the following requirements:
   *
   * <ul> <li>Contain only letters (a-z, A-Z), numbers (0-9), underscores (_), or dashes (-).
   * <li>Contain 64 characters or fewer. </ul>
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_-]{1,64}$}. CloudFormation
   * property {@code Name}.
   */
  public ConfigurationSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConfigurationSet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An object that defines whether or not Amazon SES collects reputation metrics for the emails
   * that you send that use the configuration set.
   *
   * <p>CloudFormation property {@code ReputationOptions}.
   */
  public ConfigurationSet reputationOptions(Value<ReputationOptions> value) {
    return set("ReputationOptions", value);
  }

  /**
   * An object that defines whether or not Amazon SES can send email that you send using the
   * configuration set.
   *
   * <p>CloudFormation property {@code SendingOptions}.
   */
  public ConfigurationSet sendingOptions(Value<SendingOptions> value) {
    return set("SendingOptions", value);
  }

  /**
   * An object that contains information about the suppression list preferences for your account.
   *
   * <p>CloudFormation property {@code SuppressionOptions}.
   */
  public ConfigurationSet suppressionOptions(Value<SuppressionOptions> value) {
    return set("SuppressionOptions", value);
  }

  /**
   * An array of objects that define the tags (keys and values) that are associated with the
   * configuration set.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConfigurationSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConfigurationSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConfigurationSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An object that defines the open and click tracking options for emails that you send using the
   * configuration set.
   *
   * <p>CloudFormation property {@code TrackingOptions}.
   */
  public ConfigurationSet trackingOptions(Value<TrackingOptions> value) {
    return set("TrackingOptions", value);
  }

  /**
   * The Virtual Deliverability Manager (VDM) options that apply to the configuration set.
   *
   * <p>CloudFormation property {@code VdmOptions}.
   */
  public ConfigurationSet vdmOptions(Value<VdmOptions> value) {
    return set("VdmOptions", value);
  }

  /**
   * An object that defines a MailManager archive that is used to preserve emails that you send
   * using the configuration set.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSet.ArchivingOptions}.
   */
  public static final class ArchivingOptions extends Struct<ArchivingOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::ConfigurationSet.ArchivingOptions");

    public ArchivingOptions() {
      super(SCHEMA);
    }

    /**
     * The ARN of the MailManager archive to associate with the configuration set.
     *
     * <p>CloudFormation property {@code ArchiveArn}.
     */
    public ArchivingOptions archiveArn(String value) {
      return set("ArchiveArn", Value.of(value));
    }

    /** Sets {@code ArchiveArn} to this value; see {@link #archiveArn(String)}. */
    public ArchivingOptions archiveArn(Value<String> value) {
      return set("ArchiveArn", value);
    }
  }

  /**
   * The condition threshold settings for suppression validation.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSet.ConditionThreshold}.
   */
  public static final class ConditionThreshold extends Struct<ConditionThreshold> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSet.ConditionThreshold")
        .required("ConditionThresholdEnabled")
        .constrain("ConditionThresholdEnabled", Constraint.of().pattern("ENABLED|DISABLED"))
        .build();

    public ConditionThreshold() {
      super(SCHEMA);
    }

    /**
     * Whether the condition threshold is enabled or disabled.
     *
     * <p>Required. Pattern: {@code ENABLED|DISABLED}. CloudFormation property {@code
     * ConditionThresholdEnabled}.
     */
    public ConditionThreshold conditionThresholdEnabled(String value) {
      return set("ConditionThresholdEnabled", Value.of(value));
    }

    /**
     * Sets {@code ConditionThresholdEnabled} to this value; see {@link
     * #conditionThresholdEnabled(String)}.
     */
    public ConditionThreshold conditionThresholdEnabled(Value<String> value) {
      return set("ConditionThresholdEnabled", value);
    }

    /**
     * The overall confidence threshold settings.
     *
     * <p>CloudFormation property {@code OverallConfidenceThreshold}.
     */
    public ConditionThreshold overallConfidenceThreshold(Value<OverallConfidenceThreshold> value) {
      return set("OverallConfidenceThreshold", value);
    }
  }

  /**
   * An object containing additional settings for your VDM configuration as applicable to the
   * Dashboard.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSet.DashboardOptions}.
   */
  public static final class DashboardOptions extends Struct<DashboardOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSet.DashboardOptions")
        .required("EngagementMetrics")
        .constrain("EngagementMetrics", Constraint.of().pattern("ENABLED|DISABLED"))
        .build();

    public DashboardOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies the status of your VDM engagement metrics collection. Can be one of the following:
     *
     * <ul> <li><code>ENABLED</code> – Amazon SES enables engagement metrics for the configuration
     * set. <li><code>DISABLED</code> – Amazon SES disables engagement metrics for the configuration
     * set. </ul>
     *
     * <p>Required. Pattern: {@code ENABLED|DISABLED}. CloudFormation property {@code
     * EngagementMetrics}.
     */
    public DashboardOptions engagementMetrics(String value) {
      return set("EngagementMetrics", Value.of(value));
    }

    /** Sets {@code EngagementMetrics} to this value; see {@link #engagementMetrics(String)}. */
    public DashboardOptions engagementMetrics(Value<String> value) {
      return set("EngagementMetrics", value);
    }
  }

  /**
   * Specifies the name of the dedicated IP pool to associate with the configuration set and whether
   * messages that use the configuration set are required to use Transport Layer Security (TLS).
   *
   * <p>Property type {@code AWS::SES::ConfigurationSet.DeliveryOptions}.
   */
  public static final class DeliveryOptions extends Struct<DeliveryOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSet.DeliveryOptions")
        .constrain("MaxDeliverySeconds", Constraint.of().minimum(300).maximum(50400))
        .references("SendingPoolName", "AWS::SES::DedicatedIpPool.Ref")
        .constrain("TlsPolicy", Constraint.of().pattern("REQUIRE|OPTIONAL"))
        .build();

    public DeliveryOptions() {
      super(SCHEMA);
    }

    /**
     * The name of the configuration set used when sent through a configuration set with archiving
     * enabled.
     *
     * <p>Range: 300 to 50400. CloudFormation property {@code MaxDeliverySeconds}.
     */
    public DeliveryOptions maxDeliverySeconds(double value) {
      return set("MaxDeliverySeconds", Value.of(value));
    }

    /** Sets {@code MaxDeliverySeconds} to this value; see {@link #maxDeliverySeconds(double)}. */
    public DeliveryOptions maxDeliverySeconds(Value<Double> value) {
      return set("MaxDeliverySeconds", value);
    }

    /**
     * The name of the dedicated IP pool to associate with the configuration set.
     *
     * <p>CloudFormation property {@code SendingPoolName}.
     */
    public DeliveryOptions sendingPoolName(String value) {
      return set("SendingPoolName", Value.of(value));
    }

    /** Sets {@code SendingPoolName} to this value; see {@link #sendingPoolName(String)}. */
    public DeliveryOptions sendingPoolName(Value<String> value) {
      return set("SendingPoolName", value);
    }

    /**
     * Sets {@code SendingPoolName} to the Ref of {@code AWS::SES::DedicatedIpPool}; see {@link
     * #sendingPoolName(String)}.
     */
    public DeliveryOptions sendingPoolName(DedicatedIpPool resource) {
      return set("SendingPoolName", resource.ref());
    }

    /**
     * Specifies whether messages that use the configuration set are required to use Transport Layer
     * Security (TLS). If the value is <code>REQUIRE</code> , messages are only delivered if a TLS
     * connection can be established. If the value is <code>OPTIONAL</code> , messages can be
     * delivered in plain text if a TLS connection can't be established.
     *
     * <p>Valid Values: <code>REQUIRE | OPTIONAL</code>
     *
     * <p>Pattern: {@code REQUIRE|OPTIONAL}. CloudFormation property {@code TlsPolicy}.
     */
    public DeliveryOptions tlsPolicy(String value) {
      return set("TlsPolicy", Value.of(value));
    }

    /** Sets {@code TlsPolicy} to this value; see {@link #tlsPolicy(String)}. */
    public DeliveryOptions tlsPolicy(Value<String> value) {
      return set("TlsPolicy", value);
    }
  }

  /**
   * An object containing additional settings for your VDM configuration as applicable to the
   * Guardian.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSet.GuardianOptions}.
   */
  public static final class GuardianOptions extends Struct<GuardianOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSet.GuardianOptions")
        .required("OptimizedSharedDelivery")
        .constrain("OptimizedSharedDelivery", Constraint.of().pattern("ENABLED|DISABLED"))
        .build();

    public GuardianOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies the status of your VDM optimized shared delivery. Can be one of the following:
     *
     * <ul> <li><code>ENABLED</code> – Amazon SES enables optimized shared delivery for the
     * configuration set. <li><code>DISABLED</code> – Amazon SES disables optimized shared delivery
     * for the configuration set. </ul>
     *
     * <p>Required. Pattern: {@code ENABLED|DISABLED}. CloudFormation property {@code
     * OptimizedSharedDelivery}.
     */
    public GuardianOptions optimizedSharedDelivery(String value) {
      return set("OptimizedSharedDelivery", Value.of(value));
    }

    /**
     * Sets {@code OptimizedSharedDelivery} to this value; see {@link
     * #optimizedSharedDelivery(String)}.
     */
    public GuardianOptions optimizedSharedDelivery(Value<String> value) {
      return set("OptimizedSharedDelivery", value);
    }
  }

  /**
   * The overall confidence threshold settings.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSet.OverallConfidenceThreshold}.
   */
  public static final class OverallConfidenceThreshold extends Struct<OverallConfidenceThreshold> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSet.OverallConfidenceThreshold")
        .required("ConfidenceVerdictThreshold")
        .constrain("ConfidenceVerdictThreshold", Constraint.of().pattern("MEDIUM|HIGH|MANAGED"))
        .build();

    public OverallConfidenceThreshold() {
      super(SCHEMA);
    }

    /**
     * The confidence verdict threshold level.
     *
     * <p>Required. Pattern: {@code MEDIUM|HIGH|MANAGED}. CloudFormation property {@code
     * ConfidenceVerdictThreshold}.
     */
    public OverallConfidenceThreshold confidenceVerdictThreshold(String value) {
      return set("ConfidenceVerdictThreshold", Value.of(value));
    }

    /**
     * Sets {@code ConfidenceVerdictThreshold} to this value; see {@link
     * #confidenceVerdictThreshold(String)}.
     */
    public OverallConfidenceThreshold confidenceVerdictThreshold(Value<String> value) {
      return set("ConfidenceVerdictThreshold", value);
    }
  }

  /**
   * Enable or disable collection of reputation metrics for emails that you send using this
   * configuration set in the current AWS Region.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSet.ReputationOptions}.
   */
  public static final class ReputationOptions extends Struct<ReputationOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSet.ReputationOptions")
        .constrain("ReputationMetricsEnabled", Constraint.of().pattern("true|false"))
        .build();

    public ReputationOptions() {
      super(SCHEMA);
    }

    /**
     * If <code>true</code> , tracking of reputation metrics is enabled for the configuration set.
     * If <code>false</code> , tracking of reputation metrics is disabled for the configuration set.
     *
     * <p>Pattern: {@code true|false}. CloudFormation property {@code ReputationMetricsEnabled}.
     */
    public ReputationOptions reputationMetricsEnabled(boolean value) {
      return set("ReputationMetricsEnabled", Value.of(value));
    }

    /**
     * Sets {@code ReputationMetricsEnabled} to this value; see {@link
     * #reputationMetricsEnabled(boolean)}.
     */
    public ReputationOptions reputationMetricsEnabled(Value<Boolean> value) {
      return set("ReputationMetricsEnabled", value);
    }
  }

  /**
   * Used to enable or disable email sending for messages that use this configuration set in the
   * current AWS Region.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSet.SendingOptions}.
   */
  public static final class SendingOptions extends Struct<SendingOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSet.SendingOptions")
        .constrain("SendingEnabled", Constraint.of().pattern("true|false"))
        .build();

    public SendingOptions() {
      super(SCHEMA);
    }

    /**
     * If <code>true</code> , email sending is enabled for the configuration set. If
     * <code>false</code> , email sending is disabled for the configuration set.
     *
     * <p>Pattern: {@code true|false}. CloudFormation property {@code SendingEnabled}.
     */
    public SendingOptions sendingEnabled(boolean value) {
      return set("SendingEnabled", Value.of(value));
    }

    /** Sets {@code SendingEnabled} to this value; see {@link #sendingEnabled(boolean)}. */
    public SendingOptions sendingEnabled(Value<Boolean> value) {
      return set("SendingEnabled", value);
    }
  }

  /**
   * An object that contains information about the suppression list preferences for your account.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSet.SuppressionOptions}.
   */
  public static final class SuppressionOptions extends Struct<SuppressionOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSet.SuppressionOptions")
        .constrain("SuppressedReasons", Constraint.of().pattern("BOUNCE|COMPLAINT"))
        .build();

    public SuppressionOptions() {
      super(SCHEMA);
    }

    /**
     * A list that contains the reasons that email addresses are automatically added to the
     * suppression list for your account. This list can contain any or all of the following:
     *
     * <ul> <li><code>COMPLAINT</code> – Amazon SES adds an email address to the suppression list
     * for your account when a message sent to that address results in a complaint.
     * <li><code>BOUNCE</code> – Amazon SES adds an email address to the suppression list for your
     * account when a message sent to that address results in a hard bounce. </ul>
     *
     * <p>Pattern: {@code BOUNCE|COMPLAINT}. CloudFormation property {@code SuppressedReasons}.
     */
    public SuppressionOptions suppressedReasons(List<String> value) {
      return set("SuppressedReasons", Value.listOf(value));
    }

    /** Sets {@code SuppressedReasons} to this value; see {@link #suppressedReasons(List)}. */
    public SuppressionOptions suppressedReasons(Value<List<String>> value) {
      return set("SuppressedReasons", value);
    }

    /**
     * An object that contains information about the validation options for your account.
     *
     * <p>CloudFormation property {@code ValidationOptions}.
     */
    public SuppressionOptions validationOptions(Value<ValidationOptions> value) {
      return set("ValidationOptions", value);
    }
  }

  /**
   * An object that defines the tracking options for a configuration set. When you use the Amazon
   * SES API v2 to send an email, it contains an invisible image that's used to track when
   * recipients open your email. If your email contains links, those links are changed slightly in
   * order to track when recipients click them.
   *
   * <p>You can optionally configure a custom subdomain that is used to redirect email recipients to
   * an Amazon SES-operated domain. This domain captures open and click events generated by Amazon
   * SES emails.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/ses/latest/dg/configure-custom-open-click-domains.html">Configuring
   * Custom Domains to Handle Open and Click Tracking</a> in the <em>Amazon SES Developer Guide</em>
   * .
   *
   * <p>Property type {@code AWS::SES::ConfigurationSet.TrackingOptions}.
   */
  public static final class TrackingOptions extends Struct<TrackingOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSet.TrackingOptions")
        .constrain("HttpsPolicy", Constraint.of().pattern("REQUIRE|REQUIRE_OPEN_ONLY|OPTIONAL"))
        .build();

    public TrackingOptions() {
      super(SCHEMA);
    }

    /**
     * The custom subdomain that is used to redirect email recipients to the Amazon SES event
     * tracking domain.
     *
     * <p>CloudFormation property {@code CustomRedirectDomain}.
     */
    public TrackingOptions customRedirectDomain(String value) {
      return set("CustomRedirectDomain", Value.of(value));
    }

    /**
     * Sets {@code CustomRedirectDomain} to this value; see {@link #customRedirectDomain(String)}.
     */
    public TrackingOptions customRedirectDomain(Value<String> value) {
      return set("CustomRedirectDomain", value);
    }

    /**
     * The name of the configuration set used when sent through a configuration set with archiving
     * enabled.
     *
     * <p>Pattern: {@code REQUIRE|REQUIRE_OPEN_ONLY|OPTIONAL}. CloudFormation property {@code
     * HttpsPolicy}.
     */
    public TrackingOptions httpsPolicy(String value) {
      return set("HttpsPolicy", Value.of(value));
    }

    /** Sets {@code HttpsPolicy} to this value; see {@link #httpsPolicy(String)}. */
    public TrackingOptions httpsPolicy(Value<String> value) {
      return set("HttpsPolicy", value);
    }
  }

  /**
   * An object that contains information about the validation options for your account.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSet.ValidationOptions}.
   */
  public static final class ValidationOptions extends Struct<ValidationOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ConfigurationSet.ValidationOptions")
        .required("ConditionThreshold")
        .build();

    public ValidationOptions() {
      super(SCHEMA);
    }

    /**
     * The condition threshold settings for suppression validation.
     *
     * <p>Required. CloudFormation property {@code ConditionThreshold}.
     */
    public ValidationOptions conditionThreshold(Value<ConditionThreshold> value) {
      return set("ConditionThreshold", value);
    }
  }

  /**
   * The Virtual Deliverability Manager (VDM) options that apply to a configuration set.
   *
   * <p>Property type {@code AWS::SES::ConfigurationSet.VdmOptions}.
   */
  public static final class VdmOptions extends Struct<VdmOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::ConfigurationSet.VdmOptions");

    public VdmOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies additional settings for your VDM configuration as applicable to the Dashboard.
     *
     * <p>CloudFormation property {@code DashboardOptions}.
     */
    public VdmOptions dashboardOptions(Value<DashboardOptions> value) {
      return set("DashboardOptions", value);
    }

    /**
     * Specifies additional settings for your VDM configuration as applicable to the Guardian.
     *
     * <p>CloudFormation property {@code GuardianOptions}.
     */
    public VdmOptions guardianOptions(Value<GuardianOptions> value) {
      return set("GuardianOptions", value);
    }
  }
}
