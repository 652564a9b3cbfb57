// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Cognito::UserPoolResourceServer</code> resource creates a new OAuth2.0 resource
 * server and defines custom scopes in it.
 *
 * <p>If you don't specify a value for a parameter, Amazon Cognito sets it to a default value.
 *
 * <p>CloudFormation type {@code AWS::Cognito::UserPoolResourceServer}.
 */
public final class UserPoolResourceServer extends Resource<UserPoolResourceServer> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolResourceServer")
      .required("Identifier", "Name", "UserPoolId")
      .constrain("Identifier", Constraint.of().pattern("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$").minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[\\w\\s+=,.@-]+$").minLength(1).maxLength(256))
      .constrain("UserPoolId", Constraint.of().pattern("^[\\w-]+_[0-9a-zA-Z]+$").minLength(1).maxLength(55))
      .references("UserPoolId", "AWS::Cognito::UserPool.Ref")
      .refYields("Identifier")
      .build();

  public UserPoolResourceServer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A unique resource server identifier for the resource server. The identifier can be an API
   * friendly name like <code>solar-system-data</code> . You can also set an API URL like
   * <code>https://solar-system-data-api.example.com</code> as your identifier.
   *
   * <p>Amazon Cognito represents scopes in the access token in the format
   * <code>$resource-server-identifier/$scope</code> . Longer scope-identifier strings increase the
   * size of your access tokens.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[&#92;x21&#92;x23-&#92;x5B&#92;x5D-&#92;x7E]+$}. CloudFormation property {@code Identifier}.
   */
  public UserPoolResourceServer identifier(String value) {
    return set("Identifier", Value.of(value));
  }

  /** Sets {@code Identifier} to this value; see {@link #identifier(String)}. */
  public UserPoolResourceServer identifier(Value<String> value) {
    return set("Identifier", value);
  }

  /**
   * A friendly name for the resource server.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[&#92;w&#92;s+=,.&#64;-]+$}.
   * CloudFormation property {@code Name}.
   */
  public UserPoolResourceServer name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public UserPoolResourceServer name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of scopes. Each scope is a map with keys <code>ScopeName</code> and
   * <code>ScopeDescription</code> .
   *
   * <p>CloudFormation property {@code Scopes}.
   */
  public UserPoolResourceServer scopes(List<ResourceServerScopeType> value) {
    return set("Scopes", Value.listOf(value));
  }

  /** Sets {@code Scopes} to this value; see {@link #scopes(List)}. */
  public UserPoolResourceServer scopes(Value<List<ResourceServerScopeType>> value) {
    return set("Scopes", value);
  }

  /** Sets {@code Scopes} to a list of these; see {@link #scopes(List)}. */
  public UserPoolResourceServer scopes(ResourceServerScopeType... values) {
    return set("Scopes", Value.list(values));
  }

  /**
   * The ID of the user pool where you want to create a resource server.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 55 characters. Pattern: {@code
   * ^[&#92;w-]+_[0-9a-zA-Z]+$}. CloudFormation property {@code UserPoolId}.
   */
  public UserPoolResourceServer userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public UserPoolResourceServer userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }

  /**
   * Sets {@code UserPoolId} to the Ref of {@code AWS::Cognito::UserPool}; see {@link
   * #userPoolId(String)}.
   */
  public UserPoolResourceServer userPoolId(UserPool resource) {
    return set("UserPoolId", resource.ref());
  }

  /**
   * One custom scope associated with a user pool resource server. This data type is a member of
   * <code>ResourceServerScopeType</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html">Scopes,
   * M2M, and API authorization with resource servers</a> .
   *
   * <p>Property type {@code AWS::Cognito::UserPoolResourceServer.ResourceServerScopeType}.
   */
  public static final class ResourceServerScopeType extends Struct<ResourceServerScopeType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolResourceServer.ResourceServerScopeType")
        .required("ScopeDescription", "ScopeName")
        .constrain("ScopeDescription", Constraint.of().minLength(1).maxLength(256))
        .constrain("ScopeName", Constraint.of().pattern("^[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+$").minLength(1).maxLength(256))
        .build();

    public ResourceServerScopeType() {
      super(SCHEMA);
    }

    /**
     * A friendly description of a custom scope.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code ScopeDescription}.
     */
    public ResourceServerScopeType scopeDescription(String value) {
      return set("ScopeDescription", Value.of(value));
    }

    /** Sets {@code ScopeDescription} to this value; see {@link #scopeDescription(String)}. */
    public ResourceServerScopeType scopeDescription(Value<String> value) {
      return set("ScopeDescription", value);
    }

    /**
     * The name of the scope. Amazon Cognito renders custom scopes in the format
     * <code>resourceServerIdentifier/ScopeName</code> . For example, if this parameter is
     * <code>exampleScope</code> in the resource server with the identifier
     * <code>exampleResourceServer</code> , you request and receive the scope
     * <code>exampleResourceServer/exampleScope</code> .
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^[&#92;x21&#92;x23-&#92;x2E&#92;x30-&#92;x5B&#92;x5D-&#92;x7E]+$}. CloudFormation property
     * {@code ScopeName}.
     */
    public ResourceServerScopeType scopeName(String value) {
      return set("ScopeName", Value.of(value));
    }

    /** Sets {@code ScopeName} to this value; see {@link #scopeName(String)}. */
    public ResourceServerScopeType scopeName(Value<String> value) {
      return set("ScopeName", value);
    }
  }
}
