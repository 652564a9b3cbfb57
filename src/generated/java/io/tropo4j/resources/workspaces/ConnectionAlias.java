// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspaces;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::WorkSpaces::ConnectionAlias</code> resource specifies a connection alias.
 * Connection aliases are used for cross-Region redirection. For more information, see <a
 * href="https://docs.aws.amazon.com/workspaces/latest/adminguide/cross-region-redirection.html">Cross-Region
 * Redirection for Amazon WorkSpaces</a> .
 *
 * <p>CloudFormation type {@code AWS::WorkSpaces::ConnectionAlias}.
 */
public final class ConnectionAlias extends Resource<ConnectionAlias> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpaces::ConnectionAlias")
      .required("ConnectionString")
      .constrain("ConnectionString", Constraint.of().pattern("^[.0-9a-zA-Z\\-]{1,255}$").minLength(1).maxLength(255))
      .refYields("AliasId")
      .attributes("AliasId", "Associations", "ConnectionAliasState")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConnectionAlias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The connection string specified for the connection alias. The connection string must be in the
   * form of a fully qualified domain name (FQDN), such as <code>www.example.com</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[.0-9a-zA-Z&#92;-]{1,255}$}. CloudFormation property {@code ConnectionString}.
   */
  public ConnectionAlias connectionString(String value) {
    return set("ConnectionString", Value.of(value));
  }

  /** Sets {@code ConnectionString} to this value; see {@link #connectionString(String)}. */
  public ConnectionAlias connectionString(Value<String> value) {
    return set("ConnectionString", value);
  }

  /**
   * The tags to associate with the connection alias.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ConnectionAlias tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConnectionAlias tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConnectionAlias tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The identifier of the connection alias, returned as a string.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AliasId}.
   */
  public Value<String> aliasId() {
    return getAtt("AliasId");
  }

  /**
   * The association status of the connection alias.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Associations}.
   */
  public Value<List<ConnectionAliasAssociation>> associations() {
    return getAtt("Associations");
  }

  /**
   * The current state of the connection alias, returned as a string.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionAliasState}.
   */
  public Value<String> connectionAliasState() {
    return getAtt("ConnectionAliasState");
  }

  /**
   * Describes a connection alias association that is used for cross-Region redirection. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/workspaces/latest/adminguide/cross-region-redirection.html">Cross-Region
   * Redirection for Amazon WorkSpaces</a> .
   *
   * <p>Property type {@code AWS::WorkSpaces::ConnectionAlias.ConnectionAliasAssociation}.
   */
  public static final class ConnectionAliasAssociation extends Struct<ConnectionAliasAssociation> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpaces::ConnectionAlias.ConnectionAliasAssociation")
        .allowed("AssociationStatus", "NOT_ASSOCIATED", "PENDING_ASSOCIATION",
            "ASSOCIATED_WITH_OWNER_ACCOUNT", "ASSOCIATED_WITH_SHARED_ACCOUNT",
            "PENDING_DISASSOCIATION")
        .build();

    public ConnectionAliasAssociation() {
      super(SCHEMA);
    }

    /**
     * The identifier of the AWS account that associated the connection alias with a directory.
     *
     * <p>CloudFormation property {@code AssociatedAccountId}.
     */
    public ConnectionAliasAssociation associatedAccountId(String value) {
      return set("AssociatedAccountId", Value.of(value));
    }

    /** Sets {@code AssociatedAccountId} to this value; see {@link #associatedAccountId(String)}. */
    public ConnectionAliasAssociation associatedAccountId(Value<String> value) {
      return set("AssociatedAccountId", value);
    }

    /**
     * The association status of the connection alias.
     *
     * <p>Allowed values: {@code NOT_ASSOCIATED}, {@code PENDING_ASSOCIATION}, {@code
     * ASSOCIATED_WITH_OWNER_ACCOUNT}, {@code ASSOCIATED_WITH_SHARED_ACCOUNT}, {@code
     * PENDING_DISASSOCIATION}. CloudFormation property {@code AssociationStatus}.
     */
    public ConnectionAliasAssociation associationStatus(String value) {
      return set("AssociationStatus", Value.of(value));
    }

    /** Sets {@code AssociationStatus} to this value; see {@link #associationStatus(String)}. */
    public ConnectionAliasAssociation associationStatus(Value<String> value) {
      return set("AssociationStatus", value);
    }

    /**
     * The identifier of the connection alias association. You use the connection identifier in the
     * DNS TXT record when you're configuring your DNS routing policies.
     *
     * <p>CloudFormation property {@code ConnectionIdentifier}.
     */
    public ConnectionAliasAssociation connectionIdentifier(String value) {
      return set("ConnectionIdentifier", Value.of(value));
    }

    /**
     * Sets {@code ConnectionIdentifier} to this value; see {@link #connectionIdentifier(String)}.
     */
    public ConnectionAliasAssociation connectionIdentifier(Value<String> value) {
      return set("ConnectionIdentifier", value);
    }

    /**
     * The identifier of the directory associated with a connection alias.
     *
     * <p>CloudFormation property {@code ResourceId}.
     */
    public ConnectionAliasAssociation resourceId(String value) {
      return set("ResourceId", Value.of(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
    public ConnectionAliasAssociation resourceId(Value<String> value) {
      return set("ResourceId", value);
    }
  }
}
