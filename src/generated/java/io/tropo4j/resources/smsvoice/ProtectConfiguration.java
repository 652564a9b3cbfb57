// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.smsvoice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Create a new protect configuration. By default all country rule sets for each capability are set
 * to <code>ALLOW</code> . A protect configurations name is stored as a Tag with the key set to
 * <code>Name</code> and value as the name of the protect configuration.
 *
 * <p>CloudFormation type {@code AWS::SMSVOICE::ProtectConfiguration}.
 */
public final class ProtectConfiguration extends Resource<ProtectConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::ProtectConfiguration")
      .refYields("ProtectConfigurationId")
      .attributes("Arn", "ProtectConfigurationId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ProtectConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The set of <code>CountryRules</code> you specify to control which countries End User Messaging
   * can send your messages to.
   *
   * <p>CloudFormation property {@code CountryRuleSet}.
   */
  public ProtectConfiguration countryRuleSet(Value<CountryRuleSet> value) {
    return set("CountryRuleSet", value);
  }

  /**
   * The status of deletion protection for the protect configuration. When set to true deletion
   * protection is enabled. By default this is set to false.
   *
   * <p>CloudFormation property {@code DeletionProtectionEnabled}.
   */
  public ProtectConfiguration deletionProtectionEnabled(boolean value) {
    return set("DeletionProtectionEnabled", Value.of(value));
  }

  /**
   * Sets {@code DeletionProtectionEnabled} to this value; see {@link
   * #deletionProtectionEnabled(boolean)}.
   */
  public ProtectConfiguration deletionProtectionEnabled(Value<Boolean> value) {
    return set("DeletionProtectionEnabled", value);
  }

  /**
   * An array of key and value pair tags that are associated with the resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ProtectConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ProtectConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ProtectConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the protect configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier for the protect configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProtectConfigurationId}.
   */
  public Value<String> protectConfigurationId() {
    return getAtt("ProtectConfigurationId");
  }

  /**
   * Specifies the type of protection to use for a country.
   *
   * <p>For example, to set Canada as allowed, the <code>CountryRule</code> would be formatted as
   * follows:
   *
   * <p><code>{ "CountryCode": "CA", "ProtectStatus": "ALLOW" }</code>
   *
   * <p>Property type {@code AWS::SMSVOICE::ProtectConfiguration.CountryRule}.
   */
  public static final class CountryRule extends Struct<CountryRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::ProtectConfiguration.CountryRule")
        .required("CountryCode", "ProtectStatus")
        .constrain("CountryCode", Constraint.of().pattern("^[A-Z]{2}$"))
        .allowed("ProtectStatus", "ALLOW", "BLOCK", "MONITOR", "FILTER")
        .build();

    public CountryRule() {
      super(SCHEMA);
    }

    /**
     * The two-character code, in ISO 3166-1 alpha-2 format, for the country or region.
     *
     * <p>Required. Pattern: {@code ^[A-Z]{2}$}. CloudFormation property {@code CountryCode}.
     */
    public CountryRule countryCode(String value) {
      return set("CountryCode", Value.of(value));
    }

    /** Sets {@code CountryCode} to this value; see {@link #countryCode(String)}. */
    public CountryRule countryCode(Value<String> value) {
      return set("CountryCode", value);
    }

    /**
     * The types of protection that can be used.
     *
     * <p>Required. Allowed values: {@code ALLOW}, {@code BLOCK}, {@code MONITOR}, {@code FILTER}.
     * CloudFormation property {@code ProtectStatus}.
     */
    public CountryRule protectStatus(String value) {
      return set("ProtectStatus", Value.of(value));
    }

    /** Sets {@code ProtectStatus} to this value; see {@link #protectStatus(String)}. */
    public CountryRule protectStatus(Value<String> value) {
      return set("ProtectStatus", value);
    }
  }

  /**
   * The set of <code>CountryRules</code> you specify to control which countries End User Messaging
   * can send your messages to.
   *
   * <p>If you don't specify all available ISO country codes in the <code>CountryRuleSet</code> for
   * each number capability, the CloudFormation drift detection feature will detect drift. This is
   * because End User Messaging always returns all country codes.
   *
   * <p>Property type {@code AWS::SMSVOICE::ProtectConfiguration.CountryRuleSet}.
   */
  public static final class CountryRuleSet extends Struct<CountryRuleSet> {
    private static final Schema SCHEMA = Schema.of("AWS::SMSVOICE::ProtectConfiguration.CountryRuleSet");

    public CountryRuleSet() {
      super(SCHEMA);
    }

    /**
     * The set of <code>CountryRule</code> s to control which destination countries End User
     * Messaging can send your MMS messages to.
     *
     * <p>CloudFormation property {@code MMS}.
     */
    public CountryRuleSet mms(List<CountryRule> value) {
      return set("MMS", Value.listOf(value));
    }

    /** Sets {@code MMS} to this value; see {@link #mms(List)}. */
    public CountryRuleSet mms(Value<List<CountryRule>> value) {
      return set("MMS", value);
    }

    /** Sets {@code MMS} to a list of these; see {@link #mms(List)}. */
    public CountryRuleSet mms(CountryRule... values) {
      return set("MMS", Value.list(values));
    }

    /**
     * The set of <code>CountryRule</code> s to control which destination countries End User
     * Messaging can send your SMS messages to.
     *
     * <p>CloudFormation property {@code SMS}.
     */
    public CountryRuleSet sms(List<CountryRule> value) {
      return set("SMS", Value.listOf(value));
    }

    /** Sets {@code SMS} to this value; see {@link #sms(List)}. */
    public CountryRuleSet sms(Value<List<CountryRule>> value) {
      return set("SMS", value);
    }

    /** Sets {@code SMS} to a list of these; see {@link #sms(List)}. */
    public CountryRuleSet sms(CountryRule... values) {
      return set("SMS", Value.list(values));
    }

    /**
     * The set of <code>CountryRule</code> s to control which destination countries End User
     * Messaging can send your VOICE messages to.
     *
     * <p>CloudFormation property {@code VOICE}.
     */
    public CountryRuleSet voice(List<CountryRule> value) {
      return set("VOICE", Value.listOf(value));
    }

    /** Sets {@code VOICE} to this value; see {@link #voice(List)}. */
    public CountryRuleSet voice(Value<List<CountryRule>> value) {
      return set("VOICE", value);
    }

    /** Sets {@code VOICE} to a list of these; see {@link #voice(List)}. */
    public CountryRuleSet voice(CountryRule... values) {
      return set("VOICE", Value.list(values));
    }
  }
}
