// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource to create an SMTP relay, which can be used within a Mail Manager rule set to forward
 * incoming emails to defined relay destinations.
 *
 * <p>CloudFormation type {@code AWS::SES::MailManagerRelay}.
 */
public final class MailManagerRelay extends Resource<MailManagerRelay> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRelay")
      .required("Authentication", "ServerName", "ServerPort")
      .constrain("RelayName", Constraint.of().pattern("^[a-zA-Z0-9-_]+$").minLength(1).maxLength(100))
      .constrain("ServerName", Constraint.of().pattern("^[a-zA-Z0-9-\\.]+$").minLength(1).maxLength(100))
      .constrain("ServerPort", Constraint.of().minimum(1).maximum(65535))
      .refYields("RelayId")
      .attributes("RelayArn", "RelayId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MailManagerRelay(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Authentication for the relay destination server—specify the secretARN where the SMTP
   * credentials are stored.
   *
   * <p>Required. CloudFormation property {@code Authentication}.
   */
  public MailManagerRelay authentication(Value<RelayAuthentication> value) {
    return set("Authentication", value);
  }

  /**
   * The unique relay name.
   *
   * <p>Length: 1 to 100 characters. Pattern: {@code ^[a-zA-Z0-9-_]+$}. CloudFormation property
   * {@code RelayName}.
   */
  public MailManagerRelay relayName(String value) {
    return set("RelayName", Value.of(value));
  }

  /** Sets {@code RelayName} to this value; see {@link #relayName(String)}. */
  public MailManagerRelay relayName(Value<String> value) {
    return set("RelayName", value);
  }

  /**
   * The destination relay server address.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[a-zA-Z0-9-&#92;.]+$}.
   * CloudFormation property {@code ServerName}.
   */
  public MailManagerRelay serverName(String value) {
    return set("ServerName", Value.of(value));
  }

  /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
  public MailManagerRelay serverName(Value<String> value) {
    return set("ServerName", value);
  }

  /**
   * The destination relay server port.
   *
   * <p>Required. Range: 1 to 65535. CloudFormation property {@code ServerPort}.
   */
  public MailManagerRelay serverPort(double value) {
    return set("ServerPort", Value.of(value));
  }

  /** Sets {@code ServerPort} to this value; see {@link #serverPort(double)}. */
  public MailManagerRelay serverPort(Value<Double> value) {
    return set("ServerPort", value);
  }

  /**
   * The tags used to organize, track, or control access for the resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MailManagerRelay tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MailManagerRelay tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MailManagerRelay tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the relay.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RelayArn}.
   */
  public Value<String> relayArn() {
    return getAtt("RelayArn");
  }

  /**
   * The unique relay identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RelayId}.
   */
  public Value<String> relayId() {
    return getAtt("RelayId");
  }

  /**
   * Authentication for the relay destination server—specify the secretARN where the SMTP
   * credentials are stored, or specify an empty NoAuthentication structure if the relay destination
   * server does not require SMTP credential authentication.
   *
   * <p>This data type is a UNION, so only one of the following members can be specified when used
   * or returned.
   *
   * <p>Property type {@code AWS::SES::MailManagerRelay.RelayAuthentication}.
   */
  public static final class RelayAuthentication extends Struct<RelayAuthentication> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::MailManagerRelay.RelayAuthentication");

    public RelayAuthentication() {
      super(SCHEMA);
    }

    /**
     * Keep an empty structure if the relay destination server does not require SMTP credential
     * authentication.
     *
     * <p>CloudFormation property {@code NoAuthentication}.
     */
    public RelayAuthentication noAuthentication(Value<Json> value) {
      return set("NoAuthentication", value);
    }

    /**
     * The ARN of the secret created in secrets manager where the relay server's SMTP credentials
     * are stored.
     *
     * <p>CloudFormation property {@code SecretArn}.
     */
    public RelayAuthentication secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public RelayAuthentication secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }
}
