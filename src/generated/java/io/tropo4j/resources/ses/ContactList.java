// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A list that contains contacts that have subscribed to a particular topic or topics.
 *
 * <p>CloudFormation type {@code AWS::SES::ContactList}.
 */
public final class ContactList extends Resource<ContactList> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::ContactList")
      .constrain("ContactListName", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,64}$"))
      .constrain("Description", Constraint.of().maxLength(500))
      .refYields("ContactListName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ContactList(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the contact list.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_-]{1,64}$}. CloudFormation
   * property {@code ContactListName}.
   */
  public ContactList contactListName(String value) {
    return set("ContactListName", Value.of(value));
  }

  /** Sets {@code ContactListName} to this value; see {@link #contactListName(String)}. */
  public ContactList contactListName(Value<String> value) {
    return set("ContactListName", value);
  }

  /**
   * A description of what the contact list is about.
   *
   * <p>Length: at most 500 characters. CloudFormation property {@code Description}.
   */
  public ContactList description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ContactList description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The tags associated with a contact list.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ContactList tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ContactList tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ContactList tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An interest group, theme, or label within a list. A contact list can have multiple topics.
   *
   * <p>CloudFormation property {@code Topics}.
   */
  public ContactList topics(List<Topic> value) {
    return set("Topics", Value.listOf(value));
  }

  /** Sets {@code Topics} to this value; see {@link #topics(List)}. */
  public ContactList topics(Value<List<Topic>> value) {
    return set("Topics", value);
  }

  /** Sets {@code Topics} to a list of these; see {@link #topics(List)}. */
  public ContactList topics(Topic... values) {
    return set("Topics", Value.list(values));
  }

  /**
   * An interest group, theme, or label within a list. Lists can have multiple topics.
   *
   * <p>Property type {@code AWS::SES::ContactList.Topic}.
   */
  public static final class Topic extends Struct<Topic> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ContactList.Topic")
        .required("DefaultSubscriptionStatus", "DisplayName", "TopicName")
        .constrain("Description", Constraint.of().minLength(0).maxLength(500))
        .constrain("DisplayName", Constraint.of().minLength(0).maxLength(128))
        .constrain("TopicName", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,64}$"))
        .build();

    public Topic() {
      super(SCHEMA);
    }

    /**
     * The default subscription status to be applied to a contact if the contact has not noted their
     * preference for subscribing to a topic.
     *
     * <p>Required. CloudFormation property {@code DefaultSubscriptionStatus}.
     */
    public Topic defaultSubscriptionStatus(String value) {
      return set("DefaultSubscriptionStatus", Value.of(value));
    }

    /**
     * Sets {@code DefaultSubscriptionStatus} to this value; see {@link
     * #defaultSubscriptionStatus(String)}.
     */
    public Topic defaultSubscriptionStatus(Value<String> value) {
      return set("DefaultSubscriptionStatus", value);
    }

    /**
     * A description of what the topic is about, which the contact will see.
     *
     * <p>Length: 0 to 500 characters. CloudFormation property {@code Description}.
     */
    public Topic description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Topic description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The name of the topic the contact will see.
     *
     * <p>Required. Length: 0 to 128 characters. CloudFormation property {@code DisplayName}.
     */
    public Topic displayName(String value) {
      return set("DisplayName", Value.of(value));
    }

    /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
    public Topic displayName(Value<String> value) {
      return set("DisplayName", value);
    }

    /**
     * The name of the topic.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9_-]{1,64}$}. CloudFormation property {@code
     * TopicName}.
     */
    public Topic topicName(String value) {
      return set("TopicName", Value.of(value));
    }

    /** Sets {@code TopicName} to this value; see {@link #topicName(String)}. */
    public Topic topicName(Value<String> value) {
      return set("TopicName", value);
    }
  }
}
