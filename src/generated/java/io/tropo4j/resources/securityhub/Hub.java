// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * The <code>AWS::SecurityHub::Hub</code> resource specifies the enablement of the AWS Security Hub
 * CSPM service in your AWS account . The service is enabled in the current AWS Region or the
 * specified Region. You create a separate <code>Hub</code> resource in each Region in which you
 * want to enable Security Hub CSPM .
 *
 * <p>When you use this resource to enable Security Hub CSPM , default security standards are
 * enabled. To disable default standards, set the <code>EnableDefaultStandards</code> property to
 * <code>false</code> . You can use the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-securityhub-standard.html"><code>AWS::SecurityHub::Standard</code></a>
 * resource to enable additional standards.
 *
 * <p>When you use this resource to enable Security Hub CSPM , new controls are automatically
 * enabled for your enabled standards. To disable automatic enablement of new controls, set the
 * <code>AutoEnableControls</code> property to <code>false</code> .
 *
 * <p>You must create an <code>AWS::SecurityHub::Hub</code> resource for an account before you can
 * create other types of Security Hub CSPM resources for the account through CloudFormation . Use a
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
 * attribute</a> , such as <code>"DependsOn": "Hub"</code> , to ensure that you've created an
 * <code>AWS::SecurityHub::Hub</code> resource before creating other Security Hub CSPM resources for
 * an account.
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::Hub}.
 */
public final class Hub extends Resource<Hub> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Hub")
      .constrain("ControlFindingGenerator", Constraint.of().pattern("^(SECURITY_CONTROL|STANDARD_CONTROL)$"))
      .refYields("ARN")
      .attributes("ARN", "SubscribedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Hub(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether to automatically enable new controls when they are added to standards that are enabled.
   *
   * <p>By default, this is set to <code>true</code> , and new controls are enabled automatically.
   * To not automatically enable new controls, set this to <code>false</code> .
   *
   * <p>When you automatically enable new controls, you can interact with the controls in the
   * console and programmatically immediately after release. However, automatically enabled controls
   * have a temporary default status of <code>DISABLED</code> . It can take up to several days for
   * Security Hub CSPM to process the control release and designate the control as
   * <code>ENABLED</code> in your account. During the processing period, you can manually enable or
   * disable a control, and Security Hub CSPM will maintain that designation regardless of whether
   * you have <code>AutoEnableControls</code> set to <code>true</code> .
   *
   * <p>CloudFormation property {@code AutoEnableControls}.
   */
  public Hub autoEnableControls(boolean value) {
    return set("AutoEnableControls", Value.of(value));
  }

  /** Sets {@code AutoEnableControls} to this value; see {@link #autoEnableControls(boolean)}. */
  public Hub autoEnableControls(Value<Boolean> value) {
    return set("AutoEnableControls", value);
  }

  /**
   * Specifies whether an account has consolidated control findings turned on or off. If the value
   * for this field is set to <code>SECURITY_CONTROL</code> , Security Hub CSPM generates a single
   * finding for a control check even when the check applies to multiple enabled standards.
   *
   * <p>If the value for this field is set to <code>STANDARD_CONTROL</code> , Security Hub CSPM
   * generates separate findings for a control check when the check applies to multiple enabled
   * standards.
   *
   * <p>The value for this field in a member account matches the value in the administrator account.
   * For accounts that aren't part of an organization, the default value of this field is
   * <code>SECURITY_CONTROL</code> if you enabled Security Hub CSPM on or after February 23, 2023.
   *
   * <p>Pattern: {@code ^(SECURITY_CONTROL|STANDARD_CONTROL)$}. CloudFormation property {@code
   * ControlFindingGenerator}.
   */
  public Hub controlFindingGenerator(String value) {
    return set("ControlFindingGenerator", Value.of(value));
  }

  /**
   * Sets {@code ControlFindingGenerator} to this value; see {@link
   * #controlFindingGenerator(String)}.
   */
  public Hub controlFindingGenerator(Value<String> value) {
    return set("ControlFindingGenerator", value);
  }

  /**
   * Whether to enable the security standards that Security Hub CSPM has designated as automatically
   * enabled. If you don't provide a value for <code>EnableDefaultStandards</code> , it is set to
   * <code>true</code> , and the designated standards are automatically enabled in each AWS Region
   * where you enable Security Hub CSPM . If you don't want to enable the designated standards, set
   * <code>EnableDefaultStandards</code> to <code>false</code> .
   *
   * <p>Currently, the automatically enabled standards are the Center for Internet Security (CIS)
   * AWS Foundations Benchmark v1.2.0 and AWS Foundational Security Best Practices (FSBP).
   *
   * <p>CloudFormation property {@code EnableDefaultStandards}.
   */
  public Hub enableDefaultStandards(boolean value) {
    return set("EnableDefaultStandards", Value.of(value));
  }

  /**
   * Sets {@code EnableDefaultStandards} to this value; see {@link
   * #enableDefaultStandards(boolean)}.
   */
  public Hub enableDefaultStandards(Value<Boolean> value) {
    return set("EnableDefaultStandards", value);
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
  public Hub tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Hub tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Hub tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>Hub</code> resource that was retrieved.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ARN}.
   */
  public Value<String> arn() {
    return getAtt("ARN");
  }

  /**
   * The date and time when Security Hub CSPM was enabled in your account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubscribedAt}.
   */
  public Value<String> subscribedAt() {
    return getAtt("SubscribedAt");
  }
}
