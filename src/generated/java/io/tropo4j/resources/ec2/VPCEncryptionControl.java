// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes the configuration and state of VPC encryption controls.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce VPC
 * encryption in transit</a> in the <em>Amazon VPC User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::VPCEncryptionControl}.
 */
public final class VPCEncryptionControl extends Resource<VPCEncryptionControl> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPCEncryptionControl")
      .allowed("EgressOnlyInternetGatewayExclusionInput", "enable", "disable")
      .allowed("ElasticFileSystemExclusionInput", "enable", "disable")
      .allowed("InternetGatewayExclusionInput", "enable", "disable")
      .allowed("LambdaExclusionInput", "enable", "disable")
      .allowed("Mode", "monitor", "enforce")
      .allowed("NatGatewayExclusionInput", "enable", "disable")
      .allowed("VirtualPrivateGatewayExclusionInput", "enable", "disable")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .allowed("VpcLatticeExclusionInput", "enable", "disable")
      .allowed("VpcPeeringExclusionInput", "enable", "disable")
      .refYields("VpcEncryptionControlId")
      .attributes("ResourceExclusions", "ResourceExclusions.EgressOnlyInternetGateway",
          "ResourceExclusions.EgressOnlyInternetGateway.State",
          "ResourceExclusions.EgressOnlyInternetGateway.StateMessage",
          "ResourceExclusions.ElasticFileSystem", "ResourceExclusions.ElasticFileSystem.State",
          "ResourceExclusions.ElasticFileSystem.StateMessage", "ResourceExclusions.InternetGateway",
          "ResourceExclusions.InternetGateway.State",
          "ResourceExclusions.InternetGateway.StateMessage", "ResourceExclusions.Lambda",
          "ResourceExclusions.Lambda.State", "ResourceExclusions.Lambda.StateMessage",
          "ResourceExclusions.NatGateway", "ResourceExclusions.NatGateway.State",
          "ResourceExclusions.NatGateway.StateMessage", "ResourceExclusions.VirtualPrivateGateway",
          "ResourceExclusions.VirtualPrivateGateway.State",
          "ResourceExclusions.VirtualPrivateGateway.StateMessage", "ResourceExclusions.VpcLattice",
          "ResourceExclusions.VpcLattice.State", "ResourceExclusions.VpcLattice.StateMessage",
          "ResourceExclusions.VpcPeering", "ResourceExclusions.VpcPeering.State",
          "ResourceExclusions.VpcPeering.StateMessage", "State", "StateMessage",
          "VpcEncryptionControlId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VPCEncryptionControl(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether to exclude egress-only internet gateway traffic from encryption enforcement.
   *
   * <p>Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
   * EgressOnlyInternetGatewayExclusionInput}.
   */
  public VPCEncryptionControl egressOnlyInternetGatewayExclusionInput(String value) {
    return set("EgressOnlyInternetGatewayExclusionInput", Value.of(value));
  }

  /**
   * Sets {@code EgressOnlyInternetGatewayExclusionInput} to this value; see {@link
   * #egressOnlyInternetGatewayExclusionInput(String)}.
   */
  public VPCEncryptionControl egressOnlyInternetGatewayExclusionInput(Value<String> value) {
    return set("EgressOnlyInternetGatewayExclusionInput", value);
  }

  /**
   * Specifies whether to exclude Elastic File System traffic from encryption enforcement.
   *
   * <p>Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
   * ElasticFileSystemExclusionInput}.
   */
  public VPCEncryptionControl elasticFileSystemExclusionInput(String value) {
    return set("ElasticFileSystemExclusionInput", Value.of(value));
  }

  /**
   * Sets {@code ElasticFileSystemExclusionInput} to this value; see {@link
   * #elasticFileSystemExclusionInput(String)}.
   */
  public VPCEncryptionControl elasticFileSystemExclusionInput(Value<String> value) {
    return set("ElasticFileSystemExclusionInput", value);
  }

  /**
   * Specifies whether to exclude internet gateway traffic from encryption enforcement.
   *
   * <p>Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
   * InternetGatewayExclusionInput}.
   */
  public VPCEncryptionControl internetGatewayExclusionInput(String value) {
    return set("InternetGatewayExclusionInput", Value.of(value));
  }

  /**
   * Sets {@code InternetGatewayExclusionInput} to this value; see {@link
   * #internetGatewayExclusionInput(String)}.
   */
  public VPCEncryptionControl internetGatewayExclusionInput(Value<String> value) {
    return set("InternetGatewayExclusionInput", value);
  }

  /**
   * Specifies whether to exclude Lambda function traffic from encryption enforcement.
   *
   * <p>Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
   * LambdaExclusionInput}.
   */
  public VPCEncryptionControl lambdaExclusionInput(String value) {
    return set("LambdaExclusionInput", Value.of(value));
  }

  /** Sets {@code LambdaExclusionInput} to this value; see {@link #lambdaExclusionInput(String)}. */
  public VPCEncryptionControl lambdaExclusionInput(Value<String> value) {
    return set("LambdaExclusionInput", value);
  }

  /**
   * The encryption mode for the VPC Encryption Control configuration.
   *
   * <p>Allowed values: {@code monitor}, {@code enforce}. CloudFormation property {@code Mode}.
   */
  public VPCEncryptionControl mode(String value) {
    return set("Mode", Value.of(value));
  }

  /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
  public VPCEncryptionControl mode(Value<String> value) {
    return set("Mode", value);
  }

  /**
   * Specifies whether to exclude NAT gateway traffic from encryption enforcement.
   *
   * <p>Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
   * NatGatewayExclusionInput}.
   */
  public VPCEncryptionControl natGatewayExclusionInput(String value) {
    return set("NatGatewayExclusionInput", Value.of(value));
  }

  /**
   * Sets {@code NatGatewayExclusionInput} to this value; see {@link
   * #natGatewayExclusionInput(String)}.
   */
  public VPCEncryptionControl natGatewayExclusionInput(Value<String> value) {
    return set("NatGatewayExclusionInput", value);
  }

  /**
   * The tags assigned to the VPC Encryption Control configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VPCEncryptionControl tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VPCEncryptionControl tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VPCEncryptionControl tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies whether to exclude virtual private gateway traffic from encryption enforcement.
   *
   * <p>Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
   * VirtualPrivateGatewayExclusionInput}.
   */
  public VPCEncryptionControl virtualPrivateGatewayExclusionInput(String value) {
    return set("VirtualPrivateGatewayExclusionInput", Value.of(value));
  }

  /**
   * Sets {@code VirtualPrivateGatewayExclusionInput} to this value; see {@link
   * #virtualPrivateGatewayExclusionInput(String)}.
   */
  public VPCEncryptionControl virtualPrivateGatewayExclusionInput(Value<String> value) {
    return set("VirtualPrivateGatewayExclusionInput", value);
  }

  /**
   * The ID of the VPC for which to create the encryption control configuration.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property
   * {@code VpcId}.
   */
  public VPCEncryptionControl vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public VPCEncryptionControl vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /**
   * Specifies whether to exclude VPC Lattice traffic from encryption enforcement.
   *
   * <p>Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
   * VpcLatticeExclusionInput}.
   */
  public VPCEncryptionControl vpcLatticeExclusionInput(String value) {
    return set("VpcLatticeExclusionInput", Value.of(value));
  }

  /**
   * Sets {@code VpcLatticeExclusionInput} to this value; see {@link
   * #vpcLatticeExclusionInput(String)}.
   */
  public VPCEncryptionControl vpcLatticeExclusionInput(Value<String> value) {
    return set("VpcLatticeExclusionInput", value);
  }

  /**
   * Specifies whether to exclude VPC peering connection traffic from encryption enforcement.
   *
   * <p>Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
   * VpcPeeringExclusionInput}.
   */
  public VPCEncryptionControl vpcPeeringExclusionInput(String value) {
    return set("VpcPeeringExclusionInput", Value.of(value));
  }

  /**
   * Sets {@code VpcPeeringExclusionInput} to this value; see {@link
   * #vpcPeeringExclusionInput(String)}.
   */
  public VPCEncryptionControl vpcPeeringExclusionInput(Value<String> value) {
    return set("VpcPeeringExclusionInput", value);
  }

  /** {@code Fn::GetAtt} attribute {@code ResourceExclusions}. */
  public Value<ResourceExclusions> resourceExclusions() {
    return getAtt("ResourceExclusions");
  }

  /**
   * Specifies whether to exclude egress-only internet gateway traffic from encryption enforcement.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.EgressOnlyInternetGateway}.
   */
  public Value<VpcEncryptionControlExclusion> resourceExclusionsEgressOnlyInternetGateway() {
    return getAtt("ResourceExclusions.EgressOnlyInternetGateway");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.EgressOnlyInternetGateway.State}.
   */
  public Value<String> resourceExclusionsEgressOnlyInternetGatewayState() {
    return getAtt("ResourceExclusions.EgressOnlyInternetGateway.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * ResourceExclusions.EgressOnlyInternetGateway.StateMessage}.
   */
  public Value<String> resourceExclusionsEgressOnlyInternetGatewayStateMessage() {
    return getAtt("ResourceExclusions.EgressOnlyInternetGateway.StateMessage");
  }

  /**
   * Specifies whether to exclude Elastic File System traffic from encryption enforcement.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.ElasticFileSystem}.
   */
  public Value<VpcEncryptionControlExclusion> resourceExclusionsElasticFileSystem() {
    return getAtt("ResourceExclusions.ElasticFileSystem");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.ElasticFileSystem.State}.
   */
  public Value<String> resourceExclusionsElasticFileSystemState() {
    return getAtt("ResourceExclusions.ElasticFileSystem.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.ElasticFileSystem.StateMessage}.
   */
  public Value<String> resourceExclusionsElasticFileSystemStateMessage() {
    return getAtt("ResourceExclusions.ElasticFileSystem.StateMessage");
  }

  /**
   * Specifies whether to exclude internet gateway traffic from encryption enforcement.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.InternetGateway}.
   */
  public Value<VpcEncryptionControlExclusion> resourceExclusionsInternetGateway() {
    return getAtt("ResourceExclusions.InternetGateway");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.InternetGateway.State}.
   */
  public Value<String> resourceExclusionsInternetGatewayState() {
    return getAtt("ResourceExclusions.InternetGateway.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.InternetGateway.StateMessage}.
   */
  public Value<String> resourceExclusionsInternetGatewayStateMessage() {
    return getAtt("ResourceExclusions.InternetGateway.StateMessage");
  }

  /**
   * Specifies whether to exclude Lambda function traffic from encryption enforcement.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.Lambda}.
   */
  public Value<VpcEncryptionControlExclusion> resourceExclusionsLambda() {
    return getAtt("ResourceExclusions.Lambda");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.Lambda.State}.
   */
  public Value<String> resourceExclusionsLambdaState() {
    return getAtt("ResourceExclusions.Lambda.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.Lambda.StateMessage}.
   */
  public Value<String> resourceExclusionsLambdaStateMessage() {
    return getAtt("ResourceExclusions.Lambda.StateMessage");
  }

  /**
   * Specifies whether to exclude NAT gateway traffic from encryption enforcement.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.NatGateway}.
   */
  public Value<VpcEncryptionControlExclusion> resourceExclusionsNatGateway() {
    return getAtt("ResourceExclusions.NatGateway");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.NatGateway.State}.
   */
  public Value<String> resourceExclusionsNatGatewayState() {
    return getAtt("ResourceExclusions.NatGateway.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.NatGateway.StateMessage}.
   */
  public Value<String> resourceExclusionsNatGatewayStateMessage() {
    return getAtt("ResourceExclusions.NatGateway.StateMessage");
  }

  /**
   * Specifies whether to exclude virtual private gateway traffic from encryption enforcement.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.VirtualPrivateGateway}.
   */
  public Value<VpcEncryptionControlExclusion> resourceExclusionsVirtualPrivateGateway() {
    return getAtt("ResourceExclusions.VirtualPrivateGateway");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.VirtualPrivateGateway.State}.
   */
  public Value<String> resourceExclusionsVirtualPrivateGatewayState() {
    return getAtt("ResourceExclusions.VirtualPrivateGateway.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.VirtualPrivateGateway.StateMessage}.
   */
  public Value<String> resourceExclusionsVirtualPrivateGatewayStateMessage() {
    return getAtt("ResourceExclusions.VirtualPrivateGateway.StateMessage");
  }

  /**
   * Specifies whether to exclude VPC Lattice traffic from encryption enforcement.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.VpcLattice}.
   */
  public Value<VpcEncryptionControlExclusion> resourceExclusionsVpcLattice() {
    return getAtt("ResourceExclusions.VpcLattice");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.VpcLattice.State}.
   */
  public Value<String> resourceExclusionsVpcLatticeState() {
    return getAtt("ResourceExclusions.VpcLattice.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.VpcLattice.StateMessage}.
   */
  public Value<String> resourceExclusionsVpcLatticeStateMessage() {
    return getAtt("ResourceExclusions.VpcLattice.StateMessage");
  }

  /**
   * Specifies whether to exclude VPC peering connection traffic from encryption enforcement.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.VpcPeering}.
   */
  public Value<VpcEncryptionControlExclusion> resourceExclusionsVpcPeering() {
    return getAtt("ResourceExclusions.VpcPeering");
  }

  /**
   * The current state of the exclusion configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.VpcPeering.State}.
   */
  public Value<String> resourceExclusionsVpcPeeringState() {
    return getAtt("ResourceExclusions.VpcPeering.State");
  }

  /**
   * A message providing additional information about the exclusion state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceExclusions.VpcPeering.StateMessage}.
   */
  public Value<String> resourceExclusionsVpcPeeringStateMessage() {
    return getAtt("ResourceExclusions.VpcPeering.StateMessage");
  }

  /**
   * The current state of the VPC Encryption Control configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * A message providing additional information about the encryption control state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StateMessage}.
   */
  public Value<String> stateMessage() {
    return getAtt("StateMessage");
  }

  /**
   * The ID of the VPC Encryption Control configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEncryptionControlId}.
   */
  public Value<String> vpcEncryptionControlId() {
    return getAtt("VpcEncryptionControlId");
  }

  /**
   * Information about resource exclusions for the VPC Encryption Control configuration.
   *
   * <p>Property type {@code AWS::EC2::VPCEncryptionControl.ResourceExclusions}.
   */
  public static final class ResourceExclusions extends Struct<ResourceExclusions> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::VPCEncryptionControl.ResourceExclusions");

    public ResourceExclusions() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to exclude egress-only internet gateway traffic from encryption
     * enforcement.
     *
     * <p>CloudFormation property {@code EgressOnlyInternetGateway}.
     */
    public ResourceExclusions egressOnlyInternetGateway(Value<VpcEncryptionControlExclusion> value) {
      return set("EgressOnlyInternetGateway", value);
    }

    /**
     * Specifies whether to exclude Elastic File System traffic from encryption enforcement.
     *
     * <p>CloudFormation property {@code ElasticFileSystem}.
     */
    public ResourceExclusions elasticFileSystem(Value<VpcEncryptionControlExclusion> value) {
      return set("ElasticFileSystem", value);
    }

    /**
     * Specifies whether to exclude internet gateway traffic from encryption enforcement.
     *
     * <p>CloudFormation property {@code InternetGateway}.
     */
    public ResourceExclusions internetGateway(Value<VpcEncryptionControlExclusion> value) {
      return set("InternetGateway", value);
    }

    /**
     * Specifies whether to exclude Lambda function traffic from encryption enforcement.
     *
     * <p>CloudFormation property {@code Lambda}.
     */
    public ResourceExclusions lambda(Value<VpcEncryptionControlExclusion> value) {
      return set("Lambda", value);
    }

    /**
     * Specifies whether to exclude NAT gateway traffic from encryption enforcement.
     *
     * <p>CloudFormation property {@code NatGateway}.
     */
    public ResourceExclusions natGateway(Value<VpcEncryptionControlExclusion> value) {
      return set("NatGateway", value);
    }

    /**
     * Specifies whether to exclude virtual private gateway traffic from encryption enforcement.
     *
     * <p>CloudFormation property {@code VirtualPrivateGateway}.
     */
    public ResourceExclusions virtualPrivateGateway(Value<VpcEncryptionControlExclusion> value) {
      return set("VirtualPrivateGateway", value);
    }

    /**
     * Specifies whether to exclude VPC Lattice traffic from encryption enforcement.
     *
     * <p>CloudFormation property {@code VpcLattice}.
     */
    public ResourceExclusions vpcLattice(Value<VpcEncryptionControlExclusion> value) {
      return set("VpcLattice", value);
    }

    /**
     * Specifies whether to exclude VPC peering connection traffic from encryption enforcement.
     *
     * <p>CloudFormation property {@code VpcPeering}.
     */
    public ResourceExclusions vpcPeering(Value<VpcEncryptionControlExclusion> value) {
      return set("VpcPeering", value);
    }
  }

  /**
   * Describes an exclusion configuration for VPC Encryption Control.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html">Enforce
   * VPC encryption in transit</a> in the <em>Amazon VPC User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::VPCEncryptionControl.VpcEncryptionControlExclusion}.
   */
  public static final class VpcEncryptionControlExclusion extends Struct<VpcEncryptionControlExclusion> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::VPCEncryptionControl.VpcEncryptionControlExclusion");

    public VpcEncryptionControlExclusion() {
      super(SCHEMA);
    }

    /**
     * The current state of the exclusion configuration.
     *
     * <p>CloudFormation property {@code State}.
     */
    public VpcEncryptionControlExclusion state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public VpcEncryptionControlExclusion state(Value<String> value) {
      return set("State", value);
    }

    /**
     * A message providing additional information about the exclusion state.
     *
     * <p>CloudFormation property {@code StateMessage}.
     */
    public VpcEncryptionControlExclusion stateMessage(String value) {
      return set("StateMessage", Value.of(value));
    }

    /** Sets {@code StateMessage} to this value; see {@link #stateMessage(String)}. */
    public VpcEncryptionControlExclusion stateMessage(Value<String> value) {
      return set("StateMessage", value);
    }
  }
}
