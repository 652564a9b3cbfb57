// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.chime;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Chime::AppInstanceUser
 *
 * <p>CloudFormation type {@code AWS::Chime::AppInstanceUser}.
 */
public final class AppInstanceUser extends Resource<AppInstanceUser> {
  private static final Schema SCHEMA = Schema.builder("AWS::Chime::AppInstanceUser")
      .required("AppInstanceArn", "AppInstanceUserId")
      .attributes("AppInstanceUserArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AppInstanceUser(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. CloudFormation property {@code AppInstanceArn}.
   */
  public AppInstanceUser appInstanceArn(String value) {
    return set("AppInstanceArn", Value.of(value));
  }

  /** Sets {@code AppInstanceArn} to this value; see {@link #appInstanceArn(String)}. */
  public AppInstanceUser appInstanceArn(Value<String> value) {
    return set("AppInstanceArn", value);
  }

  /**
   * Required. Changing it replaces the resource. CloudFormation property {@code AppInstanceUserId}.
   */
  public AppInstanceUser appInstanceUserId(String value) {
    return set("AppInstanceUserId", Value.of(value));
  }

  /** Sets {@code AppInstanceUserId} to this value; see {@link #appInstanceUserId(String)}. */
  public AppInstanceUser appInstanceUserId(Value<String> value) {
    return set("AppInstanceUserId", value);
  }

  /** CloudFormation property {@code ExpirationSettings}. */
  public AppInstanceUser expirationSettings(Value<ExpirationSettings> value) {
    return set("ExpirationSettings", value);
  }

  /** CloudFormation property {@code Metadata}. */
  public AppInstanceUser metadataProperty(String value) {
    return set("Metadata", Value.of(value));
  }

  /** Sets {@code Metadata} to this value; see {@link #metadataProperty(String)}. */
  public AppInstanceUser metadataProperty(Value<String> value) {
    return set("Metadata", value);
  }

  /** CloudFormation property {@code Name}. */
  public AppInstanceUser name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AppInstanceUser name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code Tags}. */
  public AppInstanceUser tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AppInstanceUser tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AppInstanceUser tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code AppInstanceUserArn}. */
  public Value<String> appInstanceUserArn() {
    return getAtt("AppInstanceUserArn");
  }

  /** Property type {@code AWS::Chime::AppInstanceUser.ExpirationSettings}. */
  public static final class ExpirationSettings extends Struct<ExpirationSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::AppInstanceUser.ExpirationSettings")
        .required("ExpirationCriterion", "ExpirationDays")
        .allowed("ExpirationCriterion", "CREATED_TIMESTAMP")
        .build();

    public ExpirationSettings() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code CREATED_TIMESTAMP}. CloudFormation property {@code
     * ExpirationCriterion}.
     */
    public ExpirationSettings expirationCriterion(String value) {
      return set("ExpirationCriterion", Value.of(value));
    }

    /** Sets {@code ExpirationCriterion} to this value; see {@link #expirationCriterion(String)}. */
    public ExpirationSettings expirationCriterion(Value<String> value) {
      return set("ExpirationCriterion", value);
    }

    /** Required. CloudFormation property {@code ExpirationDays}. */
    public ExpirationSettings expirationDays(int value) {
      return set("ExpirationDays", Value.of(value));
    }

    /** Sets {@code ExpirationDays} to this value; see {@link #expirationDays(int)}. */
    public ExpirationSettings expirationDays(Value<Integer> value) {
      return set("ExpirationDays", value);
    }
  }
}
