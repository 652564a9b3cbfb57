// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Returns details about the service resource in your account.
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::HubV2}.
 */
public final class HubV2 extends Resource<HubV2> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::HubV2")
      .refYields("HubV2Arn")
      .attributes("HubV2Arn", "SubscribedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public HubV2(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration for the Network Scanning opt-in feature of Security Hub V2. Network Scanning is
   * available in the AWS commercial partition only; specifying this property in another partition,
   * such as AWS GovCloud (US) or China, fails. This property is desired state: if you remove it
   * from a stack that previously set it, the feature is disabled. If a stack has never set it, the
   * feature is left as-is, so a stack that does not manage Network Scanning will not disable it.
   * Network Scanning requires Security Hub V2 to be enabled in the same account and Region.
   *
   * <p>CloudFormation property {@code NetworkScanning}.
   */
  public HubV2 networkScanning(Value<NetworkScanning> value) {
    return set("NetworkScanning", value);
  }

  /**
   * The tags to add to the hub V2 resource when you enable Security Hub CSPM.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public HubV2 tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public HubV2 tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public HubV2 tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ARN of the service resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HubV2Arn}.
   */
  public Value<String> hubV2Arn() {
    return getAtt("HubV2Arn");
  }

  /**
   * The date and time when the service was enabled in the account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubscribedAt}.
   */
  public Value<String> subscribedAt() {
    return getAtt("SubscribedAt");
  }

  /**
   * Configuration for the Network Scanning opt-in feature of Security Hub V2. Network Scanning is
   * available in the AWS commercial partition only; specifying this property in another partition,
   * such as AWS GovCloud (US) or China, fails. This property is desired state: if you remove it
   * from a stack that previously set it, the feature is disabled. If a stack has never set it, the
   * feature is left as-is, so a stack that does not manage Network Scanning will not disable it.
   * Network Scanning requires Security Hub V2 to be enabled in the same account and Region.
   *
   * <p>Property type {@code AWS::SecurityHub::HubV2.NetworkScanning}.
   */
  public static final class NetworkScanning extends Struct<NetworkScanning> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::HubV2.NetworkScanning")
        .required("Status")
        .allowed("Status", "ENABLED", "DISABLED")
        .build();

    public NetworkScanning() {
      super(SCHEMA);
    }

    /**
     * Whether the Network Scanning feature is enabled for this account and Region.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code Status}.
     */
    public NetworkScanning status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public NetworkScanning status(Value<String> value) {
      return set("Status", value);
    }
  }
}
