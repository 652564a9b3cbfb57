// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.fms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an AWS Firewall Manager applications list.
 *
 * <p>CloudFormation type {@code AWS::FMS::ApplicationsList}.
 */
public final class ApplicationsList extends Resource<ApplicationsList> {
  private static final Schema SCHEMA = Schema.builder("AWS::FMS::ApplicationsList")
      .required("AppsList", "ListName")
      .constrain("ListName", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "CreateTime", "LastUpdateTime", "ListId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ApplicationsList(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of applications in the Firewall Manager applications list.
   *
   * <p>Required. CloudFormation property {@code AppsList}.
   */
  public ApplicationsList appsList(List<App> value) {
    return set("AppsList", Value.listOf(value));
  }

  /** Sets {@code AppsList} to this value; see {@link #appsList(List)}. */
  public ApplicationsList appsList(Value<List<App>> value) {
    return set("AppsList", value);
  }

  /** Sets {@code AppsList} to a list of these; see {@link #appsList(List)}. */
  public ApplicationsList appsList(App... values) {
    return set("AppsList", Value.list(values));
  }

  /**
   * The name of the Firewall Manager applications list.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code ListName}.
   */
  public ApplicationsList listName(String value) {
    return set("ListName", Value.of(value));
  }

  /** Sets {@code ListName} to this value; see {@link #listName(String)}. */
  public ApplicationsList listName(Value<String> value) {
    return set("ListName", value);
  }

  /**
   * An array of key-value pairs to apply to the applications list.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ApplicationsList tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ApplicationsList tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ApplicationsList tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the applications list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time that the Firewall Manager applications list was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * The time that the Firewall Manager applications list was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdateTime}.
   */
  public Value<String> lastUpdateTime() {
    return getAtt("LastUpdateTime");
  }

  /**
   * The ID of the Firewall Manager applications list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ListId}.
   */
  public Value<String> listId() {
    return getAtt("ListId");
  }

  /**
   * An individual Firewall Manager application.
   *
   * <p>Property type {@code AWS::FMS::ApplicationsList.App}.
   */
  public static final class App extends Struct<App> {
    private static final Schema SCHEMA = Schema.builder("AWS::FMS::ApplicationsList.App")
        .required("AppName", "Port", "Protocol")
        .constrain("AppName", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(128))
        .constrain("Port", Constraint.of().minimum(0).maximum(65535))
        .constrain("Protocol", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(20))
        .build();

    public App() {
      super(SCHEMA);
    }

    /**
     * The application's name.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code
     * AppName}.
     */
    public App appName(String value) {
      return set("AppName", Value.of(value));
    }

    /** Sets {@code AppName} to this value; see {@link #appName(String)}. */
    public App appName(Value<String> value) {
      return set("AppName", value);
    }

    /**
     * The application's port number, for example 80.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code Port}.
     */
    public App port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public App port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The IP protocol name or number. The name can be one of tcp, udp, or icmp. For information on
     * possible numbers, see Protocol Numbers
     * (https://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml).
     *
     * <p>Required. Length: 1 to 20 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code
     * Protocol}.
     */
    public App protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public App protocol(Value<String> value) {
      return set("Protocol", value);
    }
  }
}
