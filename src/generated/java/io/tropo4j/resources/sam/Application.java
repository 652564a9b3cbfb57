// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sam;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * https://github.com/awslabs/serverless-application-model/blob/master/versions/2016-10-31.md#awsserverlessapplication
 *
 * <p>CloudFormation type {@code AWS::Serverless::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Application")
      .required("Location")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code Location}. */
  public Application location(String value) {
    return set("Location", Value.of(value));
  }

  /** Sets {@code Location} to this value; see {@link #location(String)}. */
  public Application location(Value<String> value) {
    return set("Location", value);
  }

  /** Sets {@code Location} to this value; see {@link #location(String)}. */
  public Application location(ApplicationLocation value) {
    return set("Location", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code NotificationArns}. */
  public Application notificationArns(List<String> value) {
    return set("NotificationArns", Value.listOf(value));
  }

  /** Sets {@code NotificationArns} to this value; see {@link #notificationArns(List)}. */
  public Application notificationArns(Value<List<String>> value) {
    return set("NotificationArns", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Parameters}. */
  public Application parameters(Map<String, String> value) {
    return set("Parameters", Value.mapOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
  public Application parameters(Value<Map<String, String>> value) {
    return set("Parameters", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tags}. */
  public Application tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Application tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Application tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** Changing it replaces the resource. CloudFormation property {@code TimeoutInMinutes}. */
  public Application timeoutInMinutes(double value) {
    return set("TimeoutInMinutes", Value.of(value));
  }

  /** Sets {@code TimeoutInMinutes} to this value; see {@link #timeoutInMinutes(double)}. */
  public Application timeoutInMinutes(Value<Double> value) {
    return set("TimeoutInMinutes", value);
  }

  /** Property type {@code AWS::Serverless::Application.ApplicationLocation}. */
  public static final class ApplicationLocation extends Struct<ApplicationLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Application.ApplicationLocation")
        .required("ApplicationId", "SemanticVersion")
        .build();

    public ApplicationLocation() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code ApplicationId}.
     */
    public ApplicationLocation applicationId(String value) {
      return set("ApplicationId", Value.of(value));
    }

    /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
    public ApplicationLocation applicationId(Value<String> value) {
      return set("ApplicationId", value);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code SemanticVersion}.
     */
    public ApplicationLocation semanticVersion(String value) {
      return set("SemanticVersion", Value.of(value));
    }

    /** Sets {@code SemanticVersion} to this value; see {@link #semanticVersion(String)}. */
    public ApplicationLocation semanticVersion(Value<String> value) {
      return set("SemanticVersion", value);
    }
  }
}
