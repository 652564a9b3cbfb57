// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a subscription for an Add On representing the acceptance of its terms of use and
 * additional pricing. The subscription can then be used to create an instance for use in rule sets
 * or traffic policies.
 *
 * <p>CloudFormation type {@code AWS::SES::MailManagerAddonSubscription}.
 */
public final class MailManagerAddonSubscription extends Resource<MailManagerAddonSubscription> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerAddonSubscription")
      .required("AddonName")
      .refYields("AddonSubscriptionId")
      .attributes("AddonSubscriptionArn", "AddonSubscriptionId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MailManagerAddonSubscription(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Add On to subscribe to. You can only have one subscription for each Add On
   * name.
   *
   * <p>Valid Values: <code>TRENDMICRO_VSAPI | SPAMHAUS_DBL | ABUSIX_MAIL_INTELLIGENCE |
   * VADE_ADVANCED_EMAIL_SECURITY</code>
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code AddonName}.
   */
  public MailManagerAddonSubscription addonName(String value) {
    return set("AddonName", Value.of(value));
  }

  /** Sets {@code AddonName} to this value; see {@link #addonName(String)}. */
  public MailManagerAddonSubscription addonName(Value<String> value) {
    return set("AddonName", value);
  }

  /**
   * The tags used to organize, track, or control access for the resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MailManagerAddonSubscription tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MailManagerAddonSubscription tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MailManagerAddonSubscription tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Add On subscription.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AddonSubscriptionArn}.
   */
  public Value<String> addonSubscriptionArn() {
    return getAtt("AddonSubscriptionArn");
  }

  /**
   * The unique ID of the Add On subscription.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AddonSubscriptionId}.
   */
  public Value<String> addonSubscriptionId() {
    return getAtt("AddonSubscriptionId");
  }
}
