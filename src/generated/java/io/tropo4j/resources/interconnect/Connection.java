// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.interconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Interconnect::Connection. Creates a managed network connection
 * between AWS and a partner cloud service provider.
 *
 * <p>CloudFormation type {@code AWS::Interconnect::Connection}.
 */
public final class Connection extends Resource<Connection> {
  private static final Schema SCHEMA = Schema.builder("AWS::Interconnect::Connection")
      .required("AttachPoint")
      .constrain("Bandwidth", Constraint.of().pattern("^\\d+[MG]bps$").minLength(1).maxLength(8))
      .constrain("Description", Constraint.of().pattern("^[-a-zA-Z0-9_ ]+$").minLength(1).maxLength(255))
      .constrain("EnvironmentId", Constraint.of().minLength(1).maxLength(32))
      .constrain("RemoteOwnerAccount", Constraint.of().pattern("^[-a-zA-Z0-9_@\\.]+$").maxLength(255))
      .refYields("Arn")
      .attributes("Arn", "BillingTier", "ConnectionId", "OwnerAccount", "Provider", "SharedId",
          "State", "Type")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Connection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The activation key for accepting a connection proposal from a partner CSP. Mutually exclusive
   * with EnvironmentId.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ActivationKey}.
   */
  public Connection activationKey(String value) {
    return set("ActivationKey", Value.of(value));
  }

  /** Sets {@code ActivationKey} to this value; see {@link #activationKey(String)}. */
  public Connection activationKey(Value<String> value) {
    return set("ActivationKey", value);
  }

  /**
   * The logical attachment point in your AWS network where the managed connection will be
   * connected.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code AttachPoint}.
   */
  public Connection attachPoint(Value<AttachPoint> value) {
    return set("AttachPoint", value);
  }

  /**
   * The bandwidth of the connection (e.g., 50Mbps, 1Gbps). Required when creating a connection
   * through AWS.
   *
   * <p>Length: 1 to 8 characters. Pattern: {@code ^&#92;d+[MG]bps$}. CloudFormation property {@code
   * Bandwidth}.
   */
  public Connection bandwidth(String value) {
    return set("Bandwidth", Value.of(value));
  }

  /** Sets {@code Bandwidth} to this value; see {@link #bandwidth(String)}. */
  public Connection bandwidth(Value<String> value) {
    return set("Bandwidth", value);
  }

  /**
   * A description of the connection.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^[-a-zA-Z0-9_ ]+$}. CloudFormation property
   * {@code Description}.
   */
  public Connection description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Connection description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the environment for the connection. Required when creating a connection through AWS.
   * Mutually exclusive with ActivationKey.
   *
   * <p>Changing it replaces the resource. Length: 1 to 32 characters. CloudFormation property
   * {@code EnvironmentId}.
   */
  public Connection environmentId(String value) {
    return set("EnvironmentId", Value.of(value));
  }

  /** Sets {@code EnvironmentId} to this value; see {@link #environmentId(String)}. */
  public Connection environmentId(Value<String> value) {
    return set("EnvironmentId", value);
  }

  /**
   * The remote account identifier for the connection. Required when creating a connection through
   * AWS. Replaces RemoteOwnerAccount.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RemoteAccount}.
   */
  public Connection remoteAccount(Value<RemoteAccount> value) {
    return set("RemoteAccount", value);
  }

  /**
   * Deprecated. Use RemoteAccount instead. The account ID of the remote owner. Required when
   * creating a connection through AWS.
   *
   * <p>Length: at most 255 characters. Pattern: {@code ^[-a-zA-Z0-9_&#64;&#92;.]+$}. CloudFormation
   * property {@code RemoteOwnerAccount}.
   *
   * @deprecated The specification marks {@code RemoteOwnerAccount} deprecated.
   */
  @Deprecated
  public Connection remoteOwnerAccount(String value) {
    return set("RemoteOwnerAccount", Value.of(value));
  }

  /**
   * Sets {@code RemoteOwnerAccount} to this value; see {@link #remoteOwnerAccount(String)}.
   *
   * @deprecated The specification marks {@code RemoteOwnerAccount} deprecated.
   */
  @Deprecated
  public Connection remoteOwnerAccount(Value<String> value) {
    return set("RemoteOwnerAccount", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Connection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Connection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Connection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The billing tier for the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BillingTier}.
   */
  public Value<Integer> billingTier() {
    return getAtt("BillingTier");
  }

  /**
   * The unique identifier for the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionId}.
   */
  public Value<String> connectionId() {
    return getAtt("ConnectionId");
  }

  /**
   * The AWS account ID of the connection owner.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerAccount}.
   */
  public Value<String> ownerAccount() {
    return getAtt("OwnerAccount");
  }

  /**
   * The partner cloud service provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Provider}.
   */
  public Value<Provider> provider() {
    return getAtt("Provider");
  }

  /**
   * The shared identifier for the connection pairing.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SharedId}.
   */
  public Value<String> sharedId() {
    return getAtt("SharedId");
  }

  /**
   * The current state of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The type of managed connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * The logical attachment point in your AWS network where the managed connection will be
   * connected.
   *
   * <p>Property type {@code AWS::Interconnect::Connection.AttachPoint}.
   */
  public static final class AttachPoint extends Struct<AttachPoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::Interconnect::Connection.AttachPoint")
        .constrain("DirectConnectGateway", Constraint.of().pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"))
        .build();

    public AttachPoint() {
      super(SCHEMA);
    }

    /**
     * The ARN of the resource to attach to.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public AttachPoint arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public AttachPoint arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The ID of the Direct Connect Gateway to attach to.
     *
     * <p>Pattern: {@code
     * ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$}.
     * CloudFormation property {@code DirectConnectGateway}.
     */
    public AttachPoint directConnectGateway(String value) {
      return set("DirectConnectGateway", Value.of(value));
    }

    /**
     * Sets {@code DirectConnectGateway} to this value; see {@link #directConnectGateway(String)}.
     */
    public AttachPoint directConnectGateway(Value<String> value) {
      return set("DirectConnectGateway", value);
    }
  }

  /**
   * The partner cloud service provider.
   *
   * <p>Property type {@code AWS::Interconnect::Connection.Provider}.
   */
  public static final class Provider extends Struct<Provider> {
    private static final Schema SCHEMA = Schema.of("AWS::Interconnect::Connection.Provider");

    public Provider() {
      super(SCHEMA);
    }

    /**
     * The name of the cloud service provider.
     *
     * <p>CloudFormation property {@code CloudServiceProvider}.
     */
    public Provider cloudServiceProvider(String value) {
      return set("CloudServiceProvider", Value.of(value));
    }

    /**
     * Sets {@code CloudServiceProvider} to this value; see {@link #cloudServiceProvider(String)}.
     */
    public Provider cloudServiceProvider(Value<String> value) {
      return set("CloudServiceProvider", value);
    }

    /**
     * The name of the last mile provider.
     *
     * <p>CloudFormation property {@code LastMileProvider}.
     */
    public Provider lastMileProvider(String value) {
      return set("LastMileProvider", Value.of(value));
    }

    /** Sets {@code LastMileProvider} to this value; see {@link #lastMileProvider(String)}. */
    public Provider lastMileProvider(Value<String> value) {
      return set("LastMileProvider", value);
    }
  }

  /**
   * The remote account identifier for the connection. Required when creating a connection through
   * AWS. Replaces RemoteOwnerAccount.
   *
   * <p>Property type {@code AWS::Interconnect::Connection.RemoteAccount}.
   */
  public static final class RemoteAccount extends Struct<RemoteAccount> {
    private static final Schema SCHEMA = Schema.builder("AWS::Interconnect::Connection.RemoteAccount")
        .required("Identifier")
        .constrain("Identifier", Constraint.of().pattern("^[-a-zA-Z0-9_@\\.]+$").maxLength(255))
        .build();

    public RemoteAccount() {
      super(SCHEMA);
    }

    /**
     * The identifier of the remote account.
     *
     * <p>Required. Length: at most 255 characters. Pattern: {@code ^[-a-zA-Z0-9_&#64;&#92;.]+$}.
     * CloudFormation property {@code Identifier}.
     */
    public RemoteAccount identifier(String value) {
      return set("Identifier", Value.of(value));
    }

    /** Sets {@code Identifier} to this value; see {@link #identifier(String)}. */
    public RemoteAccount identifier(Value<String> value) {
      return set("Identifier", value);
    }
  }
}
