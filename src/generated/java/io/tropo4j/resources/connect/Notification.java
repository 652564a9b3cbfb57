// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Connect::Notification
 *
 * <p>CloudFormation type {@code AWS::Connect::Notification}.
 */
public final class Notification extends Resource<Notification> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::Notification")
      .required("Content", "InstanceArn")
      .constrain("ExpiresAt", Constraint.of().pattern("^[0-9]+$"))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .allowed("Priority", "HIGH", "LOW")
      .constrain("Recipients", Constraint.of().pattern("^.{0,2048}$"))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Notification(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The content of a notification
   *
   * <p>Required. CloudFormation property {@code Content}.
   */
  public Notification content(Value<NotificationContent> value) {
    return set("Content", value);
  }

  /**
   * The time a notification will expire
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[0-9]+$}. CloudFormation property {@code
   * ExpiresAt}.
   */
  public Notification expiresAt(String value) {
    return set("ExpiresAt", Value.of(value));
  }

  /** Sets {@code ExpiresAt} to this value; see {@link #expiresAt(String)}. */
  public Notification expiresAt(Value<String> value) {
    return set("ExpiresAt", value);
  }

  /**
   * The identifier of the Amazon Connect instance.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public Notification instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public Notification instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The priority of notification. In the Amazon Connect console, when you create a notification,
   * you are prompted to assign one of the following priorities: High (HIGH) or LOW (LOW)
   *
   * <p>Changing it replaces the resource. Allowed values: {@code HIGH}, {@code LOW}. CloudFormation
   * property {@code Priority}.
   */
  public Notification priority(String value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(String)}. */
  public Notification priority(Value<String> value) {
    return set("Priority", value);
  }

  /**
   * The recipients of the notification.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^.{0,2048}$}. CloudFormation property
   * {@code Recipients}.
   */
  public Notification recipients(List<String> value) {
    return set("Recipients", Value.listOf(value));
  }

  /** Sets {@code Recipients} to this value; see {@link #recipients(List)}. */
  public Notification recipients(Value<List<String>> value) {
    return set("Recipients", value);
  }

  /**
   * One or more tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Notification tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Notification tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Notification tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the notification.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time a notification was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The identifier of the notification.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The content of a notification
   *
   * <p>Property type {@code AWS::Connect::Notification.NotificationContent}.
   */
  public static final class NotificationContent extends Struct<NotificationContent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Notification.NotificationContent")
        .constrain("DeDE", Constraint.of().pattern("^.{0,500}$"))
        .constrain("EnUS", Constraint.of().pattern("^.{0,500}$"))
        .constrain("EsES", Constraint.of().pattern("^.{0,500}$"))
        .constrain("FrFR", Constraint.of().pattern("^.{0,500}$"))
        .constrain("IdID", Constraint.of().pattern("^.{0,500}$"))
        .constrain("ItIT", Constraint.of().pattern("^.{0,500}$"))
        .constrain("JaJP", Constraint.of().pattern("^.{0,500}$"))
        .constrain("KoKR", Constraint.of().pattern("^.{0,500}$"))
        .constrain("PtBR", Constraint.of().pattern("^.{0,500}$"))
        .constrain("ZhCN", Constraint.of().pattern("^.{0,500}$"))
        .constrain("ZhTW", Constraint.of().pattern("^.{0,500}$"))
        .build();

    public NotificationContent() {
      super(SCHEMA);
    }

    /**
     * Localized notification content
     *
     * <p>Pattern: {@code ^.{0,500}$}. CloudFormation property {@code DeDE}.
     */
    public NotificationContent deDE(String value) {
      return set("DeDE", Value.of(value));
    }

    /** Sets {@code DeDE} to this value; see {@link #deDE(String)}. */
    public NotificationContent deDE(Value<String> value) {
      return set("DeDE", value);
    }

    /**
     * Localized notification content
     *
     * <p>Pattern: {@code ^.{0,500}$}. CloudFormation property {@code EnUS}.
     */
    public NotificationContent enUS(String value) {
      return set("EnUS", Value.of(value));
    }

    /** Sets {@code EnUS} to this value; see {@link #enUS(String)}. */
    public NotificationContent enUS(Value<String> value) {
      return set("EnUS", value);
    }

    /**
     * Localized notification content
     *
     * <p>Pattern: {@code ^.{0,500}$}. CloudFormation property {@code EsES}.
     */
    public NotificationContent esES(String value) {
      return set("EsES", Value.of(value));
    }

    /** Sets {@code EsES} to this value; see {@link #esES(String)}. */
    public NotificationContent esES(Value<String> value) {
      return set("EsES", value);
    }

    /**
     * Localized notification content
     *
     * <p>Pattern: {@code ^.{0,500}$}. CloudFormation property {@code FrFR}.
     */
    public NotificationContent frFR(String value) {
      return set("FrFR", Value.of(value));
    }

    /** Sets {@code FrFR} to this value; see {@link #frFR(String)}. */
    public NotificationContent frFR(Value<String> value) {
      return set("FrFR", value);
    }

    /**
     * Localized notification content
     *
     * <p>Pattern: {@code ^.{0,500}$}. CloudFormation property {@code IdID}.
     */
    public NotificationContent idID(String value) {
      return set("IdID", Value.of(value));
    }

    /** Sets {@code IdID} to this value; see {@link #idID(String)}. */
    public NotificationContent idID(Value<String> value) {
      return set("IdID", value);
    }

    /**
     * Localized notification content
     *
     * <p>Pattern: {@code ^.{0,500}$}. CloudFormation property {@code ItIT}.
     */
    public NotificationContent itIT(String value) {
      return set("ItIT", Value.of(value));
    }

    /** Sets {@code ItIT} to this value; see {@link #itIT(String)}. */
    public NotificationContent itIT(Value<String> value) {
      return set("ItIT", value);
    }

    /**
     * Localized notification content
     *
     * <p>Pattern: {@code ^.{0,500}$}. CloudFormation property {@code JaJP}.
     */
    public NotificationContent jaJP(String value) {
      return set("JaJP", Value.of(value));
    }

    /** Sets {@code JaJP} to this value; see {@link #jaJP(String)}. */
    public NotificationContent jaJP(Value<String> value) {
      return set("JaJP", value);
    }

    /**
     * Localized notification content
     *
     * <p>Pattern: {@code ^.{0,500}$}. CloudFormation property {@code KoKR}.
     */
    public NotificationContent koKR(String value) {
      return set("KoKR", Value.of(value));
    }

    /** Sets {@code KoKR} to this value; see {@link #koKR(String)}. */
    public NotificationContent koKR(Value<String> value) {
      return set("KoKR", value);
    }

    /**
     * Localized notification content
     *
     * <p>Pattern: {@code ^.{0,500}$}. CloudFormation property {@code PtBR}.
     */
    public NotificationContent ptBR(String value) {
      return set("PtBR", Value.of(value));
    }

    /** Sets {@code PtBR} to this value; see {@link #ptBR(String)}. */
    public NotificationContent ptBR(Value<String> value) {
      return set("PtBR", value);
    }

    /**
     * Localized notification content
     *
     * <p>Pattern: {@code ^.{0,500}$}. CloudFormation property {@code ZhCN}.
     */
    public NotificationContent zhCN(String value) {
      return set("ZhCN", Value.of(value));
    }

    /** Sets {@code ZhCN} to this value; see {@link #zhCN(String)}. */
    public NotificationContent zhCN(Value<String> value) {
      return set("ZhCN", value);
    }

    /**
     * Localized notification content
     *
     * <p>Pattern: {@code ^.{0,500}$}. CloudFormation property {@code ZhTW}.
     */
    public NotificationContent zhTW(String value) {
      return set("ZhTW", Value.of(value));
    }

    /** Sets {@code ZhTW} to this value; see {@link #zhTW(String)}. */
    public NotificationContent zhTW(Value<String> value) {
      return set("ZhTW", value);
    }
  }
}
