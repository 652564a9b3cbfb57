// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.notificationscontacts;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Configures email contacts for AWS User Notifications .
 *
 * <p>CloudFormation type {@code AWS::NotificationsContacts::EmailContact}.
 */
public final class EmailContact extends Resource<EmailContact> {
  private static final Schema SCHEMA = Schema.builder("AWS::NotificationsContacts::EmailContact")
      .required("EmailAddress", "Name")
      .constrain("EmailAddress", Constraint.of().pattern("^(.+)@(.+)$").minLength(6).maxLength(254))
      .constrain("Name", Constraint.of().pattern("[\\w-.~]+").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "EmailContact", "EmailContact.Address", "EmailContact.Arn",
          "EmailContact.CreationTime", "EmailContact.Name", "EmailContact.Status",
          "EmailContact.UpdateTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EmailContact(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The email address of the contact. The activation and notification emails are sent here.
   *
   * <p>Required. Changing it replaces the resource. Length: 6 to 254 characters. Pattern: {@code
   * ^(.+)&#64;(.+)$}. CloudFormation property {@code EmailAddress}.
   */
  public EmailContact emailAddress(String value) {
    return set("EmailAddress", Value.of(value));
  }

  /** Sets {@code EmailAddress} to this value; see {@link #emailAddress(String)}. */
  public EmailContact emailAddress(Value<String> value) {
    return set("EmailAddress", value);
  }

  /**
   * The name of the contact.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [&#92;w-.~]+}. CloudFormation property {@code Name}.
   */
  public EmailContact name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EmailContact name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of tags to apply to the email contact.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public EmailContact tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EmailContact tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EmailContact tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the ARN of the contact.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code EmailContact}. */
  public Value<EmailContactProperty> emailContact() {
    return getAtt("EmailContact");
  }

  /**
   * The email address of the contact.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EmailContact.Address}.
   */
  public Value<String> emailContactAddress() {
    return getAtt("EmailContact.Address");
  }

  /**
   * The Amazon Resource Name (ARN) of the contact.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EmailContact.Arn}.
   */
  public Value<String> emailContactArn() {
    return getAtt("EmailContact.Arn");
  }

  /**
   * The creation time of the <code>EmailContact</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code EmailContact.CreationTime}.
   */
  public Value<String> emailContactCreationTime() {
    return getAtt("EmailContact.CreationTime");
  }

  /**
   * The name of the contact.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EmailContact.Name}.
   */
  public Value<String> emailContactName() {
    return getAtt("EmailContact.Name");
  }

  /**
   * The status of the contact. Only activated contacts receive emails.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EmailContact.Status}.
   */
  public Value<String> emailContactStatus() {
    return getAtt("EmailContact.Status");
  }

  /**
   * The time the <code>EmailContact</code> was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EmailContact.UpdateTime}.
   */
  public Value<String> emailContactUpdateTime() {
    return getAtt("EmailContact.UpdateTime");
  }

  /**
   * Configures email contacts for AWS User Notifications . You must activate the email contact
   * using the activation token that you will receive when the email contact is set up.
   *
   * <p>Property type {@code AWS::NotificationsContacts::EmailContact.EmailContact}.
   */
  public static final class EmailContactProperty extends Struct<EmailContactProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::NotificationsContacts::EmailContact.EmailContact")
        .required("Address", "Arn", "CreationTime", "Name", "Status", "UpdateTime")
        .allowed("Status", "inactive", "active")
        .build();

    public EmailContactProperty() {
      super(SCHEMA);
    }

    /**
     * The email address of the contact.
     *
     * <p>Required. CloudFormation property {@code Address}.
     */
    public EmailContactProperty address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public EmailContactProperty address(Value<String> value) {
      return set("Address", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the contact.
     *
     * <p>Required. CloudFormation property {@code Arn}.
     */
    public EmailContactProperty arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public EmailContactProperty arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The creation time of the <code>EmailContact</code> .
     *
     * <p>Required. CloudFormation property {@code CreationTime}.
     */
    public EmailContactProperty creationTime(String value) {
      return set("CreationTime", Value.of(value));
    }

    /** Sets {@code CreationTime} to this value; see {@link #creationTime(String)}. */
    public EmailContactProperty creationTime(Value<String> value) {
      return set("CreationTime", value);
    }

    /**
     * The name of the contact.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public EmailContactProperty name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EmailContactProperty name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The status of the contact. Only activated contacts receive emails.
     *
     * <p>Required. Allowed values: {@code inactive}, {@code active}. CloudFormation property {@code
     * Status}.
     */
    public EmailContactProperty status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public EmailContactProperty status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The time the <code>EmailContact</code> was last updated.
     *
     * <p>Required. CloudFormation property {@code UpdateTime}.
     */
    public EmailContactProperty updateTime(String value) {
      return set("UpdateTime", Value.of(value));
    }

    /** Sets {@code UpdateTime} to this value; see {@link #updateTime(String)}. */
    public EmailContactProperty updateTime(Value<String> value) {
      return set("UpdateTime", value);
    }
  }
}
