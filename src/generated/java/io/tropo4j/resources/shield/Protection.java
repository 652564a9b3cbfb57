// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.shield;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Enables AWS Shield Advanced for a specific AWS resource. The resource can be an Amazon CloudFront
 * distribution, Amazon Route 53 hosted zone, AWS Global Accelerator standard accelerator, Elastic
 * IP Address, Application Load Balancer, or a Classic Load Balancer. You can protect Amazon EC2
 * instances and Network Load Balancers by association with protected Amazon EC2 Elastic IP
 * addresses.
 *
 * <p><em>Configure a single <code>AWS::Shield::Protection</code></em>
 *
 * <p>Use this protection to protect a single resource at a time.
 *
 * <p>To configure this Shield Advanced protection through CloudFormation , you must be subscribed
 * to Shield Advanced . You can subscribe through the <a
 * href="https://docs.aws.amazon.com/wafv2/shieldv2#/">Shield Advanced console</a> and through the
 * APIs. For more information, see <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/enable-ddos-prem.html">Subscribe to
 * AWS Shield Advanced</a> .
 *
 * <p>See example templates for Shield Advanced in CloudFormation at <a
 * href="https://docs.aws.amazon.com/https://github.com/aws-samples/aws-shield-advanced-examples">aws-samples/aws-shield-advanced-examples</a>
 * .
 *
 * <p><em>Configure Shield Advanced using AWS CloudFormation and AWS Firewall Manager</em>
 *
 * <p>You might be able to use Firewall Manager with AWS CloudFormation to configure Shield Advanced
 * across multiple accounts and protected resources. To do this, your accounts must be part of an
 * organization in AWS Organizations . You can use Firewall Manager to configure Shield Advanced
 * protections for any resource types except for Amazon Route 53 or AWS Global Accelerator .
 *
 * <p>For an example of this, see the one-click configuration guidance published by the AWS
 * technical community at <a
 * href="https://docs.aws.amazon.com/https://youtu.be/LCA3FwMk_QE">One-click deployment of Shield
 * Advanced</a> .
 *
 * <p><em>Configure multiple protections through the Shield Advanced console</em>
 *
 * <p>You can add protection to multiple resources at once through the <a
 * href="https://docs.aws.amazon.com/wafv2/shieldv2#/">Shield Advanced console</a> . For more
 * information see <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/getting-started-ddos.html">Getting
 * Started with AWS Shield Advanced</a> and <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/ddos-manage-protected-resources.html">Managing
 * resource protections in AWS Shield Advanced</a> .
 *
 * <p>CloudFormation type {@code AWS::Shield::Protection}.
 */
public final class Protection extends Resource<Protection> {
  private static final Schema SCHEMA = Schema.builder("AWS::Shield::Protection")
      .required("Name", "ResourceArn")
      .constrain("HealthCheckArns", Constraint.of().minLength(1).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("[ a-zA-Z0-9_\\.\\-]*").minLength(1).maxLength(128))
      .constrain("ResourceArn", Constraint.of().pattern("^arn:aws").minLength(1).maxLength(2048))
      .refYields("ProtectionArn")
      .attributes("ProtectionArn", "ProtectionId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Protection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The automatic application layer DDoS mitigation settings for the protection. This configuration
   * determines whether Shield Advanced automatically manages rules in the web ACL in order to
   * respond to application layer events that Shield Advanced determines to be DDoS attacks.
   *
   * <p>If you use CloudFormation to manage the web ACLs that you use with Shield Advanced automatic
   * mitigation, see the additional guidance about web ACL management in the
   * <code>AWS::WAFv2::WebACL</code> resource description.
   *
   * <p>CloudFormation property {@code ApplicationLayerAutomaticResponseConfiguration}.
   */
  public Protection applicationLayerAutomaticResponseConfiguration(Value<ApplicationLayerAutomaticResponseConfiguration> value) {
    return set("ApplicationLayerAutomaticResponseConfiguration", value);
  }

  /**
   * The ARN (Amazon Resource Name) of the health check to associate with the protection.
   * Health-based detection provides improved responsiveness and accuracy in attack detection and
   * mitigation.
   *
   * <p>You can use this option with any resource type except for Route 53 hosted zones.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/ddos-advanced-health-checks.html">Configuring
   * health-based detection using health checks</a> in the <em>AWS Shield Advanced Developer
   * Guide</em> .
   *
   * <p>Length: 1 to 2048 characters. CloudFormation property {@code HealthCheckArns}.
   */
  public Protection healthCheckArns(List<String> value) {
    return set("HealthCheckArns", Value.listOf(value));
  }

  /** Sets {@code HealthCheckArns} to this value; see {@link #healthCheckArns(List)}. */
  public Protection healthCheckArns(Value<List<String>> value) {
    return set("HealthCheckArns", value);
  }

  /**
   * The name of the protection. For example, <code>My CloudFront distributions</code> .
   *
   * <p>If you change the name of an existing protection, Shield Advanced deletes the protection and
   * replaces it with a new one. While this is happening, the protection isn't available on the AWS
   * resource.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code [
   * a-zA-Z0-9_&#92;.&#92;-]*}. CloudFormation property {@code Name}.
   */
  public Protection name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Protection name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN (Amazon Resource Name) of the AWS resource that is protected.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws}. CloudFormation property {@code ResourceArn}.
   */
  public Protection resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public Protection resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }

  /**
   * Key:value pairs associated with an AWS resource. The key:value pair can be anything you define.
   * Typically, the tag key represents a category (such as "environment") and the tag value
   * represents a specific value within that category (such as "test," "development," or
   * "production"). You can add up to 50 tags to each AWS resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Protection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Protection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Protection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN (Amazon Resource Name) of the new protection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProtectionArn}.
   */
  public Value<String> protectionArn() {
    return getAtt("ProtectionArn");
  }

  /**
   * The ID of the new protection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProtectionId}.
   */
  public Value<String> protectionId() {
    return getAtt("ProtectionId");
  }

  /**
   * Specifies the action setting that Shield Advanced should use in the AWS WAF rules that it
   * creates on behalf of the protected resource in response to DDoS attacks. You specify this as
   * part of the configuration for the automatic application layer DDoS mitigation feature, when you
   * enable or update automatic mitigation. Shield Advanced creates the AWS WAF rules in a Shield
   * Advanced-managed rule group, inside the web ACL that you have associated with the resource.
   *
   * <p>Property type {@code AWS::Shield::Protection.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.of("AWS::Shield::Protection.Action");

    public Action() {
      super(SCHEMA);
    }

    /**
     * Specifies that Shield Advanced should configure its AWS WAF rules with the AWS WAF
     * <code>Block</code> action.
     *
     * <p>You must specify exactly one action, either <code>Block</code> or <code>Count</code> .
     *
     * <p>Example JSON: <code>{ "Block": {} }</code>
     *
     * <p>Example YAML: <code>Block: {}</code>
     *
     * <p>CloudFormation property {@code Block}.
     */
    public Action block(Value<Json> value) {
      return set("Block", value);
    }

    /**
     * Specifies that Shield Advanced should configure its AWS WAF rules with the AWS WAF
     * <code>Count</code> action.
     *
     * <p>You must specify exactly one action, either <code>Block</code> or <code>Count</code> .
     *
     * <p>Example JSON: <code>{ "Count": {} }</code>
     *
     * <p>Example YAML: <code>Count: {}</code>
     *
     * <p>CloudFormation property {@code Count}.
     */
    public Action count(Value<Json> value) {
      return set("Count", value);
    }
  }

  /**
   * The automatic application layer DDoS mitigation settings for a <code>Protection</code> . This
   * configuration determines whether Shield Advanced automatically manages rules in the web ACL in
   * order to respond to application layer events that Shield Advanced determines to be DDoS
   * attacks.
   *
   * <p>If you use CloudFormation to manage the web ACLs that you use with Shield Advanced automatic
   * mitigation, see the guidance for the <code>AWS::WAFv2::WebACL</code> resource.
   *
   * <p>Property type {@code
   * AWS::Shield::Protection.ApplicationLayerAutomaticResponseConfiguration}.
   */
  public static final class ApplicationLayerAutomaticResponseConfiguration extends Struct<ApplicationLayerAutomaticResponseConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Shield::Protection.ApplicationLayerAutomaticResponseConfiguration")
        .required("Action", "Status")
        .allowed("Status", "ENABLED", "DISABLED")
        .build();

    public ApplicationLayerAutomaticResponseConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the action setting that Shield Advanced should use in the AWS WAF rules that it
     * creates on behalf of the protected resource in response to DDoS attacks. You specify this as
     * part of the configuration for the automatic application layer DDoS mitigation feature, when
     * you enable or update automatic mitigation. Shield Advanced creates the AWS WAF rules in a
     * Shield Advanced-managed rule group, inside the web ACL that you have associated with the
     * resource.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public ApplicationLayerAutomaticResponseConfiguration action(Value<Action> value) {
      return set("Action", value);
    }

    /**
     * Indicates whether automatic application layer DDoS mitigation is enabled for the protection.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code Status}.
     */
    public ApplicationLayerAutomaticResponseConfiguration status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ApplicationLayerAutomaticResponseConfiguration status(Value<String> value) {
      return set("Status", value);
    }
  }
}
