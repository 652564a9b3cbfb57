// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SecurityHub::Standard</code> resource specifies the enablement of a security
 * standard. The standard is identified by the <code>StandardsArn</code> property. To view a list of
 * Security Hub CSPM standards and their Amazon Resource Names (ARNs), use the <a
 * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeStandards.html"><code>DescribeStandards</code></a>
 * API operation.
 *
 * <p>You must create a separate <code>AWS::SecurityHub::Standard</code> resource for each standard
 * that you want to enable.
 *
 * <p>For more information about Security Hub CSPM standards, see <a
 * href="https://docs.aws.amazon.com/securityhub/latest/userguide/standards-reference.html">Security
 * Hub CSPM standards reference</a> in the <em>AWS Security Hub CSPM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::Standard}.
 */
public final class Standard extends Resource<Standard> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Standard")
      .required("StandardsArn")
      .constrain("StandardsArn", Constraint.of().pattern("arn:aws\\S*:securityhub:\\S"))
      .refYields("StandardsSubscriptionArn")
      .attributes("StandardsSubscriptionArn")
      .build();

  public Standard(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies which controls are to be disabled in a standard.
   *
   * <p><em>Maximum</em> : <code>100</code>
   *
   * <p>CloudFormation property {@code DisabledStandardsControls}.
   */
  public Standard disabledStandardsControls(List<StandardsControl> value) {
    return set("DisabledStandardsControls", Value.listOf(value));
  }

  /**
   * Sets {@code DisabledStandardsControls} to this value; see {@link
   * #disabledStandardsControls(List)}.
   */
  public Standard disabledStandardsControls(Value<List<StandardsControl>> value) {
    return set("DisabledStandardsControls", value);
  }

  /**
   * Sets {@code DisabledStandardsControls} to a list of these; see {@link
   * #disabledStandardsControls(List)}.
   */
  public Standard disabledStandardsControls(StandardsControl... values) {
    return set("DisabledStandardsControls", Value.list(values));
  }

  /**
   * The ARN of the standard that you want to enable. To view a list of available Security Hub CSPM
   * standards and their ARNs, use the <a
   * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeStandards.html"><code>DescribeStandards</code></a>
   * API operation.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * arn:aws&#92;S*:securityhub:&#92;S}. CloudFormation property {@code StandardsArn}.
   */
  public Standard standardsArn(String value) {
    return set("StandardsArn", Value.of(value));
  }

  /** Sets {@code StandardsArn} to this value; see {@link #standardsArn(String)}. */
  public Standard standardsArn(Value<String> value) {
    return set("StandardsArn", value);
  }

  /**
   * The ARN of a resource that represents your subscription to a supported standard.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StandardsSubscriptionArn}.
   */
  public Value<String> standardsSubscriptionArn() {
    return getAtt("StandardsSubscriptionArn");
  }

  /**
   * Provides details about an individual security control. For a list of Security Hub CSPM
   * controls, see <a
   * href="https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-controls-reference.html">Security
   * Hub CSPM controls reference</a> in the <em>AWS Security Hub CSPM User Guide</em> .
   *
   * <p>Property type {@code AWS::SecurityHub::Standard.StandardsControl}.
   */
  public static final class StandardsControl extends Struct<StandardsControl> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Standard.StandardsControl")
        .required("StandardsControlArn")
        .constrain("StandardsControlArn", Constraint.of().pattern("arn:aws\\S*:securityhub:\\S*"))
        .build();

    public StandardsControl() {
      super(SCHEMA);
    }

    /**
     * A user-defined reason for changing a control's enablement status in a specified standard. If
     * you are disabling a control, then this property is required.
     *
     * <p>CloudFormation property {@code Reason}.
     */
    public StandardsControl reason(String value) {
      return set("Reason", Value.of(value));
    }

    /** Sets {@code Reason} to this value; see {@link #reason(String)}. */
    public StandardsControl reason(Value<String> value) {
      return set("Reason", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the control.
     *
     * <p>Required. Pattern: {@code arn:aws&#92;S*:securityhub:&#92;S*}. CloudFormation property
     * {@code StandardsControlArn}.
     */
    public StandardsControl standardsControlArn(String value) {
      return set("StandardsControlArn", Value.of(value));
    }

    /** Sets {@code StandardsControlArn} to this value; see {@link #standardsControlArn(String)}. */
    public StandardsControl standardsControlArn(Value<String> value) {
      return set("StandardsControlArn", value);
    }
  }
}
