// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for a CIDR range reserved inside an Amazon EC2 subnet.
 *
 * <p>CloudFormation type {@code AWS::EC2::SubnetCidrReservation}.
 */
public final class SubnetCidrReservation extends Resource<SubnetCidrReservation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::SubnetCidrReservation")
      .required("Cidr", "ReservationType", "SubnetId")
      .constrain("Cidr", Constraint.of().format("ipv4-network"))
      .allowed("ReservationType", "prefix", "explicit")
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .attributes("Arn", "OwnerId", "SubnetCidrReservationId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SubnetCidrReservation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IPv4 or IPv6 CIDR range to reserve. Must lie inside the subnet's CIDR block and must not
   * overlap an existing reservation. Supply an IPv6 range exactly as the service returns it: Amazon
   * EC2 stores an IPv6 CIDR in RFC 5952 compressed form, and a noncanonical spelling of the same
   * range is reported as drift because this property is create-only and read back.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation
   * property {@code Cidr}.
   */
  public SubnetCidrReservation cidr(String value) {
    return set("Cidr", Value.of(value));
  }

  /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
  public SubnetCidrReservation cidr(Value<String> value) {
    return set("Cidr", value);
  }

  /**
   * The description of the subnet CIDR reservation.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public SubnetCidrReservation description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SubnetCidrReservation description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The type of reservation. A prefix reservation is used for an IPv6 prefix delegated to a network
   * interface; an explicit reservation is used for a range that Amazon EC2 must not assign
   * automatically.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code prefix}, {@code
   * explicit}. CloudFormation property {@code ReservationType}.
   */
  public SubnetCidrReservation reservationType(String value) {
    return set("ReservationType", Value.of(value));
  }

  /** Sets {@code ReservationType} to this value; see {@link #reservationType(String)}. */
  public SubnetCidrReservation reservationType(Value<String> value) {
    return set("ReservationType", value);
  }

  /**
   * The identifier of the subnet the CIDR range is reserved in.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}.
   * CloudFormation property {@code SubnetId}.
   */
  public SubnetCidrReservation subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public SubnetCidrReservation subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * The tags assigned to the subnet CIDR reservation.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SubnetCidrReservation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SubnetCidrReservation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SubnetCidrReservation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the subnet CIDR reservation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The identifier of the AWS account that owns the subnet CIDR reservation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * The identifier of the subnet CIDR reservation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubnetCidrReservationId}.
   */
  public Value<String> subnetCidrReservationId() {
    return getAtt("SubnetCidrReservationId");
  }
}
