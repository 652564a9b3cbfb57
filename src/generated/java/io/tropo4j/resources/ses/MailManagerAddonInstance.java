// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an Add On instance for the subscription indicated in the request. The resulting Amazon
 * Resource Name (ARN) can be used in a conditional statement for a rule set or traffic policy.
 *
 * <p>CloudFormation type {@code AWS::SES::MailManagerAddonInstance}.
 */
public final class MailManagerAddonInstance extends Resource<MailManagerAddonInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerAddonInstance")
      .required("AddonSubscriptionId")
      .constrain("AddonSubscriptionId", Constraint.of().pattern("^as-[a-zA-Z0-9]{1,64}$").minLength(4).maxLength(67))
      .refYields("AddonInstanceId")
      .attributes("AddonInstanceArn", "AddonInstanceId", "AddonName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MailManagerAddonInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The subscription ID for the instance.
   *
   * <p>Required. Changing it replaces the resource. Length: 4 to 67 characters. Pattern: {@code
   * ^as-[a-zA-Z0-9]{1,64}$}. CloudFormation property {@code AddonSubscriptionId}.
   */
  public MailManagerAddonInstance addonSubscriptionId(String value) {
    return set("AddonSubscriptionId", Value.of(value));
  }

  /** Sets {@code AddonSubscriptionId} to this value; see {@link #addonSubscriptionId(String)}. */
  public MailManagerAddonInstance addonSubscriptionId(Value<String> value) {
    return set("AddonSubscriptionId", value);
  }

  /**
   * The tags used to organize, track, or control access for the resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MailManagerAddonInstance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MailManagerAddonInstance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MailManagerAddonInstance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Add On instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AddonInstanceArn}.
   */
  public Value<String> addonInstanceArn() {
    return getAtt("AddonInstanceArn");
  }

  /**
   * The unique ID of the Add On instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AddonInstanceId}.
   */
  public Value<String> addonInstanceId() {
    return getAtt("AddonInstanceId");
  }

  /**
   * The name of the Add On for the instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AddonName}.
   */
  public Value<String> addonName() {
    return getAtt("AddonName");
  }
}
