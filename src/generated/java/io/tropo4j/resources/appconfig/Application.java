// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appconfig;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::AppConfig::Application</code> resource creates an application. In AWS AppConfig ,
 * an application is simply an organizational construct like a folder. This organizational construct
 * has a relationship with some unit of executable code. For example, you could create an
 * application called MyMobileApp to organize and manage configuration data for a mobile application
 * installed by your users.
 *
 * <p>AWS AppConfig requires that you create resources and deploy a configuration in the following
 * order:
 *
 * <ul> <li>Create an application <li>Create an environment <li>Create a configuration profile
 * <li>Choose a pre-defined deployment strategy or create your own <li>Deploy the configuration
 * </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/appconfig/latest/userguide/what-is-appconfig.html">AWS
 * AppConfig</a> in the <em>AWS AppConfig User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AppConfig::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::Application")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(1).maxLength(64))
      .refYields("ApplicationId")
      .attributes("ApplicationId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the application.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public Application description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Application description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A name for the application.
   *
   * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Name}.
   */
  public Application name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Application name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Metadata to assign to the application. Tags help organize and categorize your AWS AppConfig
   * resources. Each tag consists of a key and an optional value, both of which you define.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Application tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Application tags(io.tropo4j.core.Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The application ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationId}.
   */
  public Value<String> applicationId() {
    return getAtt("ApplicationId");
  }

  /**
   * Metadata to assign to the application. Tags help organize and categorize your AWS AppConfig
   * resources. Each tag consists of a key and an optional value, both of which you define.
   *
   * <p>Property type {@code AWS::AppConfig::Application.Tags}.
   */
  public static final class Tags extends Struct<Tags> {
    private static final Schema SCHEMA = Schema.of("AWS::AppConfig::Application.Tags");

    public Tags() {
      super(SCHEMA);
    }

    /**
     * The key-value string map. The valid character set is <code>[a-zA-Z+-=._:/]</code> . The tag
     * key can be up to 128 characters and must not start with <code>aws:</code> .
     *
     * <p>CloudFormation property {@code Key}.
     */
    public Tags key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Tags key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The tag value can be up to 256 characters.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public Tags value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Tags value(Value<String> value) {
      return set("Value", value);
    }
  }
}
