// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalogappregistry;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Represents a AWS Service Catalog AppRegistry application that is the top-level node in a
 * hierarchy of related cloud resource abstractions.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalogAppRegistry::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalogAppRegistry::Application")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("\\w+").minLength(1).maxLength(256))
      .refYields("Id")
      .attributes("ApplicationName", "ApplicationTagKey", "ApplicationTagValue", "Arn", "Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the application.
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
   * The name of the application. The name must be unique in the region in which you are creating
   * the application.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code &#92;w+}. CloudFormation property
   * {@code Name}.
   */
  public Application name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Application name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Key-value pairs you can use to associate with the application.
   *
   * <p>CloudFormation property {@code Tags}.
   */
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

  /**
   * The name of the application. The name must be unique in the region in which you are creating
   * the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationName}.
   */
  public Value<String> applicationName() {
    return getAtt("ApplicationName");
  }

  /**
   * The key of the AWS application tag, which is <code>awsApplication</code> . Applications created
   * before 11/13/2023 or applications without the <code>AppTag</code> linked resource group return
   * no value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationTagKey}.
   */
  public Value<String> applicationTagKey() {
    return getAtt("ApplicationTagKey");
  }

  /**
   * The value of the AWS application tag, which is the identifier of an associated resource.
   * Applications created before 11/13/2023 or applications without the <code>AppTag</code> linked
   * resource group return no value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationTagValue}.
   */
  public Value<String> applicationTagValue() {
    return getAtt("ApplicationTagValue");
  }

  /**
   * The Amazon resource name (ARN) that specifies the application across services.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The identifier of the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
