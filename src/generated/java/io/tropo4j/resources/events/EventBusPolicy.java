// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.events;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Running <code>PutPermission</code> permits the specified AWS account or AWS organization to put
 * events to the specified <em>event bus</em> . Amazon EventBridge rules in your account are
 * triggered by these events arriving to an event bus in your account.
 *
 * <p>For another account to send events to your account, that external account must have an
 * EventBridge rule with your account's event bus as a target.
 *
 * <p>To enable multiple AWS accounts to put events to your event bus, run
 * <code>PutPermission</code> once for each of these accounts. Or, if all the accounts are members
 * of the same AWS organization, you can run <code>PutPermission</code> once specifying
 * <code>Principal</code> as "*" and specifying the AWS organization ID in <code>Condition</code> ,
 * to grant permissions to all accounts in that organization.
 *
 * <p>If you grant permissions using an organization, then accounts in that organization must
 * specify a <code>RoleArn</code> with proper permissions when they use <code>PutTarget</code> to
 * add your account's event bus as a target. For more information, see <a
 * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eventbridge-cross-account-event-delivery.html">Sending
 * and Receiving Events Between AWS Accounts</a> in the <em>Amazon EventBridge User Guide</em> .
 *
 * <p>The permission policy on the event bus cannot exceed 10 KB in size.
 *
 * <p>CloudFormation type {@code AWS::Events::EventBusPolicy}.
 */
public final class EventBusPolicy extends Resource<EventBusPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::Events::EventBusPolicy")
      .required("StatementId")
      .allowed("Action", "events:PutEvents")
      .constrain("Action", Constraint.of().pattern("events:[a-zA-Z]+").minLength(1).maxLength(64))
      .constrain("EventBusName", Constraint.of().pattern("[\\.\\-_A-Za-z0-9]+").minLength(1).maxLength(256))
      .constrain("Principal", Constraint.of().pattern("(\\d{12}|\\*)").minLength(1).maxLength(12))
      .constrain("Statement", Constraint.of().format("json"))
      .constrain("StatementId", Constraint.of().pattern("[a-zA-Z0-9-_]+").minLength(1).maxLength(64))
      .build();

  public EventBusPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The action that you are enabling the other account to perform.
   *
   * <p>Allowed values: {@code events:PutEvents}. Length: 1 to 64 characters. Pattern: {@code
   * events:[a-zA-Z]+}. CloudFormation property {@code Action}.
   *
   * @deprecated The specification marks {@code Action} deprecated.
   */
  @Deprecated
  public EventBusPolicy action(String value) {
    return set("Action", Value.of(value));
  }

  /**
   * Sets {@code Action} to this value; see {@link #action(String)}.
   *
   * @deprecated The specification marks {@code Action} deprecated.
   */
  @Deprecated
  public EventBusPolicy action(Value<String> value) {
    return set("Action", value);
  }

  /**
   * This parameter enables you to limit the permission to accounts that fulfill a certain
   * condition, such as being a member of a certain AWS organization.
   *
   * <p>CloudFormation property {@code Condition}.
   *
   * @deprecated The specification marks {@code Condition} deprecated.
   */
  @Deprecated
  public EventBusPolicy conditionProperty(Value<Condition> value) {
    return set("Condition", value);
  }

  /**
   * The name of the event bus associated with the rule. If you omit this, the default event bus is
   * used.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * [&#92;.&#92;-_A-Za-z0-9]+}. CloudFormation property {@code EventBusName}.
   */
  public EventBusPolicy eventBusName(String value) {
    return set("EventBusName", Value.of(value));
  }

  /** Sets {@code EventBusName} to this value; see {@link #eventBusName(String)}. */
  public EventBusPolicy eventBusName(Value<String> value) {
    return set("EventBusName", value);
  }

  /**
   * The 12-digit AWS account ID that you are permitting to put events to your default event bus.
   * Specify "*" to permit any account to put events to your default event bus.
   *
   * <p>Length: 1 to 12 characters. Pattern: {@code (&#92;d{12}|&#92;*)}. CloudFormation property
   * {@code Principal}.
   *
   * @deprecated The specification marks {@code Principal} deprecated.
   */
  @Deprecated
  public EventBusPolicy principal(String value) {
    return set("Principal", Value.of(value));
  }

  /**
   * Sets {@code Principal} to this value; see {@link #principal(String)}.
   *
   * @deprecated The specification marks {@code Principal} deprecated.
   */
  @Deprecated
  public EventBusPolicy principal(Value<String> value) {
    return set("Principal", value);
  }

  /**
   * A JSON string that describes the permission policy statement. You can include a
   * <code>Policy</code> parameter in the request instead of using the <code>StatementId</code> ,
   * <code>Action</code> , <code>Principal</code> , or <code>Condition</code> parameters.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Statement}.
   */
  public EventBusPolicy statement(Value<Json> value) {
    return set("Statement", value);
  }

  /**
   * An identifier string for the external account that you are granting permissions to. If you
   * later want to revoke the permission for this external account, specify this
   * <code>StatementId</code> when you run <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_RemovePermission.html">RemovePermission</a>
   * .
   *
   * <p>Each <code>StatementId</code> must be unique.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [a-zA-Z0-9-_]+}. CloudFormation property {@code StatementId}.
   */
  public EventBusPolicy statementId(String value) {
    return set("StatementId", Value.of(value));
  }

  /** Sets {@code StatementId} to this value; see {@link #statementId(String)}. */
  public EventBusPolicy statementId(Value<String> value) {
    return set("StatementId", value);
  }

  /**
   * This parameter enables you to limit the permission to accounts that fulfill a certain
   * condition, such as being a member of a certain AWS organization.
   *
   * <p>Property type {@code AWS::Events::EventBusPolicy.Condition}.
   */
  public static final class Condition extends Struct<Condition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::EventBusPolicy.Condition")
        .allowed("Type", "StringEquals")
        .build();

    public Condition() {
      super(SCHEMA);
    }

    /**
     * Specifies the value for the key. Currently, this must be the ID of the organization.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public Condition key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Condition key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Specifies the type of condition. Currently the only supported value is StringEquals.
     *
     * <p>Allowed values: {@code StringEquals}. CloudFormation property {@code Type}.
     */
    public Condition type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Condition type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Specifies the key for the condition. Currently the only supported key is aws:PrincipalOrgID.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public Condition value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Condition value(Value<String> value) {
      return set("Value", value);
    }
  }
}
