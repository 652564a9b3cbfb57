// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a flow for an Connect Customer instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::ContactFlow}.
 */
public final class ContactFlow extends Resource<ContactFlow> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::ContactFlow")
      .required("Content", "InstanceArn", "Name", "Type")
      .constrain("Content", Constraint.of().minLength(1).maxLength(256000))
      .constrain("Description", Constraint.of().maxLength(500))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$").minLength(1).maxLength(256))
      .references("InstanceArn", "AWS::Connect::Instance.Ref")
      .constrain("Name", Constraint.of().minLength(1).maxLength(127))
      .allowed("State", "ACTIVE", "ARCHIVED")
      .allowed("Type", "CONTACT_FLOW", "CUSTOMER_QUEUE", "CUSTOMER_HOLD", "CUSTOMER_WHISPER",
          "AGENT_HOLD", "AGENT_WHISPER", "OUTBOUND_WHISPER", "AGENT_TRANSFER", "QUEUE_TRANSFER",
          "CAMPAIGN")
      .refYields("ContactFlowArn")
      .attributes("ContactFlowArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ContactFlow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The content of the flow.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/flow-language.html">Connect
   * Customer Flow language</a> in the <em>Connect Customer Administrator Guide</em> .
   *
   * <p>Required. Length: 1 to 256000 characters. CloudFormation property {@code Content}.
   */
  public ContactFlow content(String value) {
    return set("Content", Value.of(value));
  }

  /** Sets {@code Content} to this value; see {@link #content(String)}. */
  public ContactFlow content(Value<String> value) {
    return set("Content", value);
  }

  /**
   * The description of the flow.
   *
   * <p>Length: at most 500 characters. CloudFormation property {@code Description}.
   */
  public ContactFlow description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ContactFlow description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Connect Customer instance.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public ContactFlow instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public ContactFlow instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * Sets {@code InstanceArn} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceArn(String)}.
   */
  public ContactFlow instanceArn(Instance resource) {
    return set("InstanceArn", resource.ref());
  }

  /**
   * The name of the flow.
   *
   * <p>Required. Length: 1 to 127 characters. CloudFormation property {@code Name}.
   */
  public ContactFlow name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ContactFlow name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The state of the flow.
   *
   * <p>Allowed values: {@code ACTIVE}, {@code ARCHIVED}. CloudFormation property {@code State}.
   */
  public ContactFlow state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public ContactFlow state(Value<String> value) {
    return set("State", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ContactFlow tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ContactFlow tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ContactFlow tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of the flow. For descriptions of the available types, see <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/create-contact-flow.html#contact-flow-types">Choose
   * a flow type</a> in the <em>Amazon Connect Administrator Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CONTACT_FLOW}, {@code
   * CUSTOMER_QUEUE}, {@code CUSTOMER_HOLD}, {@code CUSTOMER_WHISPER}, {@code AGENT_HOLD}, {@code
   * AGENT_WHISPER}, {@code OUTBOUND_WHISPER}, {@code AGENT_TRANSFER}, {@code QUEUE_TRANSFER},
   * {@code CAMPAIGN}. CloudFormation property {@code Type}.
   */
  public ContactFlow typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public ContactFlow typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * <code>Ref</code> returns the Amazon Resource Name (ARN) of the flow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ContactFlowArn}.
   */
  public Value<String> contactFlowArn() {
    return getAtt("ContactFlowArn");
  }
}
