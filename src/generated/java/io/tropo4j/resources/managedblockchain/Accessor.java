// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.managedblockchain;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new accessor for use with Amazon Managed Blockchain service that supports token based
 * access. The accessor contains information required for token based access.
 *
 * <p>CloudFormation type {@code AWS::ManagedBlockchain::Accessor}.
 */
public final class Accessor extends Resource<Accessor> {
  private static final Schema SCHEMA = Schema.builder("AWS::ManagedBlockchain::Accessor")
      .required("AccessorType")
      .allowed("AccessorType", "BILLING_TOKEN")
      .allowed("NetworkType", "ETHEREUM_GOERLI", "ETHEREUM_MAINNET", "ETHEREUM_MAINNET_AND_GOERLI",
          "POLYGON_MAINNET", "POLYGON_MUMBAI")
      .refYields("Id")
      .attributes("Arn", "BillingToken", "CreationDate", "Id", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Accessor(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of the accessor.
   *
   * <p>Currently, accessor type is restricted to <code>BILLING_TOKEN</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code BILLING_TOKEN}.
   * CloudFormation property {@code AccessorType}.
   */
  public Accessor accessorType(String value) {
    return set("AccessorType", Value.of(value));
  }

  /** Sets {@code AccessorType} to this value; see {@link #accessorType(String)}. */
  public Accessor accessorType(Value<String> value) {
    return set("AccessorType", value);
  }

  /**
   * The blockchain network that the <code>Accessor</code> token is created for.
   *
   * <p>We recommend using the appropriate <code>networkType</code> value for the blockchain network
   * that you are creating the <code>Accessor</code> token for. You cannot use the value
   * <code>ETHEREUM_MAINNET_AND_GOERLI</code> to specify a <code>networkType</code> for your
   * Accessor token. The default value of <code>ETHEREUM_MAINNET_AND_GOERLI</code> is only applied:
   * - when the <code>CreateAccessor</code> action does not set a <code>networkType</code> . - to
   * all existing <code>Accessor</code> tokens that were created before the <code>networkType</code>
   * property was introduced.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ETHEREUM_GOERLI}, {@code
   * ETHEREUM_MAINNET}, {@code ETHEREUM_MAINNET_AND_GOERLI}, {@code POLYGON_MAINNET}, {@code
   * POLYGON_MUMBAI}. CloudFormation property {@code NetworkType}.
   */
  public Accessor networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public Accessor networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * The tags assigned to the Accessor.
   *
   * <p>For more information about tags, see <a
   * href="https://docs.aws.amazon.com/managed-blockchain/latest/ethereum-dev/tagging-resources.html">Tagging
   * Resources</a> in the <em>Amazon Managed Blockchain Ethereum Developer Guide</em> , or <a
   * href="https://docs.aws.amazon.com/managed-blockchain/latest/hyperledger-fabric-dev/tagging-resources.html">Tagging
   * Resources</a> in the <em>Amazon Managed Blockchain Hyperledger Fabric Developer Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Accessor tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Accessor tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Accessor tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the accessor. For more information about ARNs and their
   * format, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * Resource Names (ARNs)</a> in the <em>AWS General Reference</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The billing token is a property of the accessor. Use this token to make Ethereum API calls to
   * your Ethereum node. The billing token is used to track your accessor object for billing
   * Ethereum API requests made to your Ethereum nodes.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BillingToken}.
   */
  public Value<String> billingToken() {
    return getAtt("BillingToken");
  }

  /**
   * The creation date and time of the accessor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDate}.
   */
  public Value<String> creationDate() {
    return getAtt("CreationDate");
  }

  /**
   * The unique identifier of the accessor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The current status of the accessor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
