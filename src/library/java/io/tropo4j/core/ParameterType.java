package io.tropo4j.core;

import java.util.List;

/**
 * A CloudFormation parameter type, carrying the Java type its Ref yields: a
 * {@code List<AWS::EC2::Subnet::Id>} parameter gives a {@code Value<List<String>>}.
 */
public final class ParameterType<T> {
  public static final ParameterType<String> STRING = new ParameterType<>("String");
  /** A Number parameter used as a whole number (counts, sizes, ports). */
  public static final ParameterType<Integer> NUMBER = new ParameterType<>("Number");
  /** A Number parameter used as a decimal. */
  public static final ParameterType<Double> DECIMAL = new ParameterType<>("Number");
  public static final ParameterType<List<Integer>> NUMBER_LIST = new ParameterType<>("List<Number>");
  public static final ParameterType<List<String>> COMMA_DELIMITED_LIST =
      new ParameterType<>("CommaDelimitedList");

  public static final ParameterType<String> AVAILABILITY_ZONE_NAME = aws("AWS::EC2::AvailabilityZone::Name");
  public static final ParameterType<List<String>> AVAILABILITY_ZONE_NAMES = awsList("AWS::EC2::AvailabilityZone::Name");
  public static final ParameterType<String> IMAGE_ID = aws("AWS::EC2::Image::Id");
  public static final ParameterType<List<String>> IMAGE_IDS = awsList("AWS::EC2::Image::Id");
  public static final ParameterType<String> INSTANCE_ID = aws("AWS::EC2::Instance::Id");
  public static final ParameterType<List<String>> INSTANCE_IDS = awsList("AWS::EC2::Instance::Id");
  public static final ParameterType<String> KEY_PAIR_NAME = aws("AWS::EC2::KeyPair::KeyName");
  public static final ParameterType<String> SECURITY_GROUP_NAME = aws("AWS::EC2::SecurityGroup::GroupName");
  public static final ParameterType<List<String>> SECURITY_GROUP_NAMES = awsList("AWS::EC2::SecurityGroup::GroupName");
  public static final ParameterType<String> SECURITY_GROUP_ID = aws("AWS::EC2::SecurityGroup::Id");
  public static final ParameterType<List<String>> SECURITY_GROUP_IDS = awsList("AWS::EC2::SecurityGroup::Id");
  public static final ParameterType<String> SUBNET_ID = aws("AWS::EC2::Subnet::Id");
  public static final ParameterType<List<String>> SUBNET_IDS = awsList("AWS::EC2::Subnet::Id");
  public static final ParameterType<String> VOLUME_ID = aws("AWS::EC2::Volume::Id");
  public static final ParameterType<List<String>> VOLUME_IDS = awsList("AWS::EC2::Volume::Id");
  public static final ParameterType<String> VPC_ID = aws("AWS::EC2::VPC::Id");
  public static final ParameterType<List<String>> VPC_IDS = awsList("AWS::EC2::VPC::Id");
  public static final ParameterType<String> HOSTED_ZONE_ID = aws("AWS::Route53::HostedZone::Id");
  public static final ParameterType<List<String>> HOSTED_ZONE_IDS = awsList("AWS::Route53::HostedZone::Id");
  /** The name of a Systems Manager parameter (the name itself, not its value). */
  public static final ParameterType<String> SSM_PARAMETER_NAME = aws("AWS::SSM::Parameter::Name");

  private final String name;

  private ParameterType(String name) {
    this.name = name;
  }

  /**
   * A parameter whose value is read from Systems Manager Parameter Store, e.g. {@code
   * ssmValue(IMAGE_ID)} for an AMI published as a public parameter.
   */
  public static <T> ParameterType<T> ssmValue(ParameterType<T> valueType) {
    return new ParameterType<>("AWS::SSM::Parameter::Value<" + valueType.name + ">");
  }

  /**
   * A type without a constant here, by the name CloudFormation gives it (a newer AWS-specific type,
   * an SSM parameter of a list), whose Ref is a string.
   */
  public static ParameterType<String> named(String name) {
    return new ParameterType<>(name);
  }

  /** As {@link #named}, for a type whose Ref is a list of strings ({@code List<...>}). */
  public static ParameterType<List<String>> namedList(String name) {
    return new ParameterType<>(name);
  }

  private static ParameterType<String> aws(String name) {
    return new ParameterType<>(name);
  }

  private static ParameterType<List<String>> awsList(String name) {
    return new ParameterType<>("List<" + name + ">");
  }

  /** The name written to the template's Type field. */
  public String name() {
    return name;
  }

  public boolean isNumber() {
    return name.equals("Number");
  }

  public boolean isList() {
    return name.startsWith("List<") || name.equals("CommaDelimitedList")
        || name.startsWith("AWS::SSM::Parameter::Value<List<")
        || name.equals("AWS::SSM::Parameter::Value<CommaDelimitedList>");
  }

  @Override
  public String toString() {
    return name;
  }
}
