// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::SecurityHub::ProductSubscription</code> resource creates a subscription to a
 * third-party product that generates findings that you want to receive in AWS Security Hub CSPM .
 * For a list of integrations to third-party products, see <a
 * href="https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-partner-providers.html">Available
 * third-party partner product integrations</a> in the <em>AWS Security Hub CSPM User Guide</em> .
 *
 * <p>To change a product subscription, remove the current product subscription resource, and then
 * create a new one.
 *
 * <p>Tags aren't supported for this resource.
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::ProductSubscription}.
 */
public final class ProductSubscription extends Resource<ProductSubscription> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::ProductSubscription")
      .required("ProductArn")
      .constrain("ProductArn", Constraint.of().pattern("arn:aws\\S*:securityhub:\\S*"))
      .refYields("ProductSubscriptionArn")
      .attributes("ProductSubscriptionArn")
      .build();

  public ProductSubscription(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the product to enable the integration for.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * arn:aws&#92;S*:securityhub:&#92;S*}. CloudFormation property {@code ProductArn}.
   */
  public ProductSubscription productArn(String value) {
    return set("ProductArn", Value.of(value));
  }

  /** Sets {@code ProductArn} to this value; see {@link #productArn(String)}. */
  public ProductSubscription productArn(Value<String> value) {
    return set("ProductArn", value);
  }

  /**
   * The ARN of your subscription to the product to enable integrations for.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProductSubscriptionArn}.
   */
  public Value<String> productSubscriptionArn() {
    return getAtt("ProductSubscriptionArn");
  }
}
