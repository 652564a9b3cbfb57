// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.smsvoice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new opt-out list.
 *
 * <p>If the opt-out list name already exists, an error is returned.
 *
 * <p>An opt-out list is a list of phone numbers that are opted out, meaning you can't send SMS or
 * voice messages to them. If end user replies with the keyword "STOP," an entry for the phone
 * number is added to the opt-out list. In addition to STOP, your recipients can use any supported
 * opt-out keyword, such as CANCEL or OPTOUT. For a list of supported opt-out keywords, see <a
 * href="https://docs.aws.amazon.com/sms-voice/latest/userguide/opt-out-list-keywords.html">SMS opt
 * out</a> in the End User Messaging User Guide.
 *
 * <p>CloudFormation type {@code AWS::SMSVOICE::OptOutList}.
 */
public final class OptOutList extends Resource<OptOutList> {
  private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::OptOutList")
      .constrain("OptOutListName", Constraint.of().pattern("^[A-Za-z0-9_-]+$").minLength(1).maxLength(64))
      .refYields("OptOutListName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OptOutList(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the OptOutList.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[A-Za-z0-9_-]+$}. CloudFormation property {@code OptOutListName}.
   */
  public OptOutList optOutListName(String value) {
    return set("OptOutListName", Value.of(value));
  }

  /** Sets {@code OptOutListName} to this value; see {@link #optOutListName(String)}. */
  public OptOutList optOutListName(Value<String> value) {
    return set("OptOutListName", value);
  }

  /**
   * An array of tags (key and value pairs) to associate with the new OptOutList.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OptOutList tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OptOutList tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OptOutList tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the <code>OptOutList</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
