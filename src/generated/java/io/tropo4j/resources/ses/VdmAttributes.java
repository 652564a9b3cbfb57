// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The Virtual Deliverability Manager (VDM) attributes that apply to your Amazon SES account.
 *
 * <p>CloudFormation type {@code AWS::SES::VdmAttributes}.
 */
public final class VdmAttributes extends Resource<VdmAttributes> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::VdmAttributes")
      .refYields("VdmAttributesResourceId")
      .attributes("VdmAttributesResourceId")
      .build();

  public VdmAttributes(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies additional settings for your VDM configuration as applicable to the Dashboard.
   *
   * <p>CloudFormation property {@code DashboardAttributes}.
   */
  public VdmAttributes dashboardAttributes(Value<DashboardAttributes> value) {
    return set("DashboardAttributes", value);
  }

  /**
   * Specifies additional settings for your VDM configuration as applicable to the Guardian.
   *
   * <p>CloudFormation property {@code GuardianAttributes}.
   */
  public VdmAttributes guardianAttributes(Value<GuardianAttributes> value) {
    return set("GuardianAttributes", value);
  }

  /**
   * Unique identifier for this resource
   *
   * <p>{@code Fn::GetAtt} attribute {@code VdmAttributesResourceId}.
   */
  public Value<String> vdmAttributesResourceId() {
    return getAtt("VdmAttributesResourceId");
  }

  /**
   * An object containing additional settings for your VDM configuration as applicable to the
   * Dashboard.
   *
   * <p>Property type {@code AWS::SES::VdmAttributes.DashboardAttributes}.
   */
  public static final class DashboardAttributes extends Struct<DashboardAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::VdmAttributes.DashboardAttributes")
        .constrain("EngagementMetrics", Constraint.of().pattern("ENABLED|DISABLED"))
        .build();

    public DashboardAttributes() {
      super(SCHEMA);
    }

    /**
     * Specifies the status of your VDM engagement metrics collection. Can be one of the following:
     *
     * <ul> <li><code>ENABLED</code> – Amazon SES enables engagement metrics for your account.
     * <li><code>DISABLED</code> – Amazon SES disables engagement metrics for your account. </ul>
     *
     * <p>Pattern: {@code ENABLED|DISABLED}. CloudFormation property {@code EngagementMetrics}.
     */
    public DashboardAttributes engagementMetrics(String value) {
      return set("EngagementMetrics", Value.of(value));
    }

    /** Sets {@code EngagementMetrics} to this value; see {@link #engagementMetrics(String)}. */
    public DashboardAttributes engagementMetrics(Value<String> value) {
      return set("EngagementMetrics", value);
    }
  }

  /**
   * An object containing additional settings for your VDM configuration as applicable to the
   * Guardian.
   *
   * <p>Property type {@code AWS::SES::VdmAttributes.GuardianAttributes}.
   */
  public static final class GuardianAttributes extends Struct<GuardianAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::VdmAttributes.GuardianAttributes")
        .constrain("OptimizedSharedDelivery", Constraint.of().pattern("ENABLED|DISABLED"))
        .build();

    public GuardianAttributes() {
      super(SCHEMA);
    }

    /**
     * Specifies the status of your VDM optimized shared delivery. Can be one of the following:
     *
     * <ul> <li><code>ENABLED</code> – Amazon SES enables optimized shared delivery for your
     * account. <li><code>DISABLED</code> – Amazon SES disables optimized shared delivery for your
     * account. </ul>
     *
     * <p>Pattern: {@code ENABLED|DISABLED}. CloudFormation property {@code
     * OptimizedSharedDelivery}.
     */
    public GuardianAttributes optimizedSharedDelivery(String value) {
      return set("OptimizedSharedDelivery", Value.of(value));
    }

    /**
     * Sets {@code OptimizedSharedDelivery} to this value; see {@link
     * #optimizedSharedDelivery(String)}.
     */
    public GuardianAttributes optimizedSharedDelivery(Value<String> value) {
      return set("OptimizedSharedDelivery", value);
    }
  }
}
