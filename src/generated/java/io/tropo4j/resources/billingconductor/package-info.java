// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::BillingConductor}: {@link BillingGroup}, {@link
 * CustomLineItem}, {@link PricingPlan}, {@link PricingRule}.
 */
package io.tropo4j.resources.billingconductor;
