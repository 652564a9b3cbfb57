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
 * The structure representing the address lists and address list attribute that will be used in
 * evaluation of boolean expression.
 *
 * <p>CloudFormation type {@code AWS::SES::MailManagerAddressList}.
 */
public final class MailManagerAddressList extends Resource<MailManagerAddressList> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerAddressList")
      .constrain("AddressListName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(255))
      .refYields("AddressListId")
      .attributes("AddressListArn", "AddressListId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MailManagerAddressList(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A user-friendly name for the address list.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9_.-]+$}. CloudFormation property {@code AddressListName}.
   */
  public MailManagerAddressList addressListName(String value) {
    return set("AddressListName", Value.of(value));
  }

  /** Sets {@code AddressListName} to this value; see {@link #addressListName(String)}. */
  public MailManagerAddressList addressListName(Value<String> value) {
    return set("AddressListName", value);
  }

  /**
   * The tags used to organize, track, or control access for the resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MailManagerAddressList tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MailManagerAddressList tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MailManagerAddressList tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the address list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AddressListArn}.
   */
  public Value<String> addressListArn() {
    return getAtt("AddressListArn");
  }

  /**
   * The identifier of the address list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AddressListId}.
   */
  public Value<String> addressListId() {
    return getAtt("AddressListId");
  }
}
