// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.certificatemanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CertificateManager::Account</code> resource defines the expiry event configuration
 * that determines the number of days prior to expiry when ACM starts generating EventBridge events.
 *
 * <p>CloudFormation type {@code AWS::CertificateManager::Account}.
 */
public final class Account extends Resource<Account> {
  private static final Schema SCHEMA = Schema.builder("AWS::CertificateManager::Account")
      .required("ExpiryEventsConfiguration")
      .refYields("AccountId")
      .attributes("AccountId")
      .build();

  public Account(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Object containing expiration events options associated with an AWS account . For more
   * information, see <a
   * href="https://docs.aws.amazon.com/acm/latest/APIReference/API_ExpiryEventsConfiguration.html">ExpiryEventsConfiguration</a>
   * in the API reference.
   *
   * <p>Required. CloudFormation property {@code ExpiryEventsConfiguration}.
   */
  public Account expiryEventsConfiguration(Value<ExpiryEventsConfiguration> value) {
    return set("ExpiryEventsConfiguration", value);
  }

  /**
   * ID of the AWS account that owns the certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * Object containing expiration events options associated with an AWS account . For more
   * information, see <a
   * href="https://docs.aws.amazon.com/acm/latest/APIReference/API_ExpiryEventsConfiguration.html">ExpiryEventsConfiguration</a>
   * in the API reference.
   *
   * <p>Property type {@code AWS::CertificateManager::Account.ExpiryEventsConfiguration}.
   */
  public static final class ExpiryEventsConfiguration extends Struct<ExpiryEventsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CertificateManager::Account.ExpiryEventsConfiguration")
        .constrain("DaysBeforeExpiry", Constraint.of().minimum(1).maximum(45))
        .build();

    public ExpiryEventsConfiguration() {
      super(SCHEMA);
    }

    /**
     * This option specifies the number of days prior to certificate expiration when ACM starts
     * generating <code>EventBridge</code> events. ACM sends one event per day per certificate until
     * the certificate expires. By default, accounts receive events starting 45 days before
     * certificate expiration.
     *
     * <p>Range: 1 to 45. CloudFormation property {@code DaysBeforeExpiry}.
     */
    public ExpiryEventsConfiguration daysBeforeExpiry(int value) {
      return set("DaysBeforeExpiry", Value.of(value));
    }

    /** Sets {@code DaysBeforeExpiry} to this value; see {@link #daysBeforeExpiry(int)}. */
    public ExpiryEventsConfiguration daysBeforeExpiry(Value<Integer> value) {
      return set("DaysBeforeExpiry", value);
    }
  }
}
