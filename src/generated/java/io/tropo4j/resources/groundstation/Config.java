// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.groundstation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * Creates a <code>Config</code> with the specified parameters.
 *
 * <p>Config objects provide Ground Station with the details necessary in order to schedule and
 * execute satellite contacts.
 *
 * <p>CloudFormation type {@code AWS::GroundStation::Config}.
 */
public final class Config extends Resource<Config> {
  private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config")
      .required("ConfigData", "Name")
      .constrain("Name", Constraint.of().pattern("^[ a-zA-Z0-9_:-]{1,256}$"))
      .refYields("Arn")
      .attributes("Arn", "Id", "Type")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Config(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Object containing the parameters of a config. Only one subtype may be specified per config. See
   * the subtype definitions for a description of each config subtype.
   *
   * <p>Required. CloudFormation property {@code ConfigData}.
   */
  public Config configData(Value<ConfigData> value) {
    return set("ConfigData", value);
  }

  /**
   * The name of the config object.
   *
   * <p>Required. Pattern: {@code ^[ a-zA-Z0-9_:-]{1,256}$}. CloudFormation property {@code Name}.
   */
  public Config name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Config name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Tags assigned to a resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Config tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Config tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Config tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the config, such as
   * <code>arn:aws:groundstation:us-east-2:1234567890:config/tracking/9940bf3b-d2ba-427e-9906-842b5e5d2296</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the config, such as <code>9940bf3b-d2ba-427e-9906-842b5e5d2296</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The type of the config, such as <code>tracking</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * Provides information about how AWS Ground Station should configure an antenna for downlink
   * during a contact. Use an antenna downlink config in a mission profile to receive the downlink
   * data in raw DigIF format.
   *
   * <p>Property type {@code AWS::GroundStation::Config.AntennaDownlinkConfig}.
   */
  public static final class AntennaDownlinkConfig extends Struct<AntennaDownlinkConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::GroundStation::Config.AntennaDownlinkConfig");

    public AntennaDownlinkConfig() {
      super(SCHEMA);
    }

    /**
     * Defines the spectrum configuration.
     *
     * <p>CloudFormation property {@code SpectrumConfig}.
     */
    public AntennaDownlinkConfig spectrumConfig(Value<SpectrumConfig> value) {
      return set("SpectrumConfig", value);
    }
  }

  /**
   * Provides information about how AWS Ground Station should configure an antenna for downlink
   * during a contact. Use an antenna downlink demod decode config in a mission profile to receive
   * the downlink data that has been demodulated and decoded.
   *
   * <p>Property type {@code AWS::GroundStation::Config.AntennaDownlinkDemodDecodeConfig}.
   */
  public static final class AntennaDownlinkDemodDecodeConfig extends Struct<AntennaDownlinkDemodDecodeConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::GroundStation::Config.AntennaDownlinkDemodDecodeConfig");

    public AntennaDownlinkDemodDecodeConfig() {
      super(SCHEMA);
    }

    /**
     * Defines how the RF signal will be decoded.
     *
     * <p>CloudFormation property {@code DecodeConfig}.
     */
    public AntennaDownlinkDemodDecodeConfig decodeConfig(Value<DecodeConfig> value) {
      return set("DecodeConfig", value);
    }

    /**
     * Defines how the RF signal will be demodulated.
     *
     * <p>CloudFormation property {@code DemodulationConfig}.
     */
    public AntennaDownlinkDemodDecodeConfig demodulationConfig(Value<DemodulationConfig> value) {
      return set("DemodulationConfig", value);
    }

    /**
     * Defines the spectrum configuration.
     *
     * <p>CloudFormation property {@code SpectrumConfig}.
     */
    public AntennaDownlinkDemodDecodeConfig spectrumConfig(Value<SpectrumConfig> value) {
      return set("SpectrumConfig", value);
    }
  }

  /**
   * Provides information about how AWS Ground Station should configure an antenna for uplink during
   * a contact.
   *
   * <p>Property type {@code AWS::GroundStation::Config.AntennaUplinkConfig}.
   */
  public static final class AntennaUplinkConfig extends Struct<AntennaUplinkConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::GroundStation::Config.AntennaUplinkConfig");

    public AntennaUplinkConfig() {
      super(SCHEMA);
    }

    /**
     * Defines the spectrum configuration.
     *
     * <p>CloudFormation property {@code SpectrumConfig}.
     */
    public AntennaUplinkConfig spectrumConfig(Value<UplinkSpectrumConfig> value) {
      return set("SpectrumConfig", value);
    }

    /**
     * The equivalent isotropically radiated power (EIRP) to use for uplink transmissions. Valid
     * values are between 20.0 to 50.0 dBW.
     *
     * <p>CloudFormation property {@code TargetEirp}.
     */
    public AntennaUplinkConfig targetEirp(Value<Eirp> value) {
      return set("TargetEirp", value);
    }

    /**
     * Whether or not uplink transmit is disabled.
     *
     * <p>CloudFormation property {@code TransmitDisabled}.
     */
    public AntennaUplinkConfig transmitDisabled(boolean value) {
      return set("TransmitDisabled", Value.of(value));
    }

    /** Sets {@code TransmitDisabled} to this value; see {@link #transmitDisabled(boolean)}. */
    public AntennaUplinkConfig transmitDisabled(Value<Boolean> value) {
      return set("TransmitDisabled", value);
    }
  }

  /**
   * Config objects provide information to Ground Station about how to configure the antenna and how
   * data flows during a contact.
   *
   * <p>Property type {@code AWS::GroundStation::Config.ConfigData}.
   */
  public static final class ConfigData extends Struct<ConfigData> {
    private static final Schema SCHEMA = Schema.of("AWS::GroundStation::Config.ConfigData");

    public ConfigData() {
      super(SCHEMA);
    }

    /**
     * Provides information for an antenna downlink config object. Antenna downlink config objects
     * are used to provide parameters for downlinks where no demodulation or decoding is performed
     * by Ground Station (RF over IP downlinks).
     *
     * <p>CloudFormation property {@code AntennaDownlinkConfig}.
     */
    public ConfigData antennaDownlinkConfig(Value<AntennaDownlinkConfig> value) {
      return set("AntennaDownlinkConfig", value);
    }

    /**
     * Provides information for a downlink demod decode config object. Downlink demod decode config
     * objects are used to provide parameters for downlinks where the Ground Station service will
     * demodulate and decode the downlinked data.
     *
     * <p>CloudFormation property {@code AntennaDownlinkDemodDecodeConfig}.
     */
    public ConfigData antennaDownlinkDemodDecodeConfig(Value<AntennaDownlinkDemodDecodeConfig> value) {
      return set("AntennaDownlinkDemodDecodeConfig", value);
    }

    /**
     * Provides information for an uplink config object. Uplink config objects are used to provide
     * parameters for uplink contacts.
     *
     * <p>CloudFormation property {@code AntennaUplinkConfig}.
     */
    public ConfigData antennaUplinkConfig(Value<AntennaUplinkConfig> value) {
      return set("AntennaUplinkConfig", value);
    }

    /**
     * Provides information for a dataflow endpoint config object. Dataflow endpoint config objects
     * are used to provide parameters about which IP endpoint(s) to use during a contact. Dataflow
     * endpoints are where Ground Station sends data during a downlink contact and where Ground
     * Station receives data to send to the satellite during an uplink contact.
     *
     * <p>CloudFormation property {@code DataflowEndpointConfig}.
     */
    public ConfigData dataflowEndpointConfig(Value<DataflowEndpointConfig> value) {
      return set("DataflowEndpointConfig", value);
    }

    /**
     * Provides information for an S3 recording config object. S3 recording config objects are used
     * to provide parameters for S3 recording during downlink contacts.
     *
     * <p>CloudFormation property {@code S3RecordingConfig}.
     */
    public ConfigData s3RecordingConfig(Value<S3RecordingConfig> value) {
      return set("S3RecordingConfig", value);
    }

    /** CloudFormation property {@code TelemetrySinkConfig}. */
    public ConfigData telemetrySinkConfig(Value<TelemetrySinkConfig> value) {
      return set("TelemetrySinkConfig", value);
    }

    /**
     * Provides information for a tracking config object. Tracking config objects are used to
     * provide parameters about how to track the satellite through the sky during a contact.
     *
     * <p>CloudFormation property {@code TrackingConfig}.
     */
    public ConfigData trackingConfig(Value<TrackingConfig> value) {
      return set("TrackingConfig", value);
    }

    /**
     * Provides information for an uplink echo config object. Uplink echo config objects are used to
     * provide parameters for uplink echo during uplink contacts.
     *
     * <p>CloudFormation property {@code UplinkEchoConfig}.
     */
    public ConfigData uplinkEchoConfig(Value<UplinkEchoConfig> value) {
      return set("UplinkEchoConfig", value);
    }
  }

  /**
   * Provides information to AWS Ground Station about which IP endpoints to use during a contact.
   *
   * <p>Property type {@code AWS::GroundStation::Config.DataflowEndpointConfig}.
   */
  public static final class DataflowEndpointConfig extends Struct<DataflowEndpointConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::GroundStation::Config.DataflowEndpointConfig");

    public DataflowEndpointConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the dataflow endpoint to use during contacts.
     *
     * <p>CloudFormation property {@code DataflowEndpointName}.
     */
    public DataflowEndpointConfig dataflowEndpointName(String value) {
      return set("DataflowEndpointName", Value.of(value));
    }

    /**
     * Sets {@code DataflowEndpointName} to this value; see {@link #dataflowEndpointName(String)}.
     */
    public DataflowEndpointConfig dataflowEndpointName(Value<String> value) {
      return set("DataflowEndpointName", value);
    }

    /**
     * The region of the dataflow endpoint to use during contacts. When omitted, Ground Station will
     * use the region of the contact.
     *
     * <p>CloudFormation property {@code DataflowEndpointRegion}.
     */
    public DataflowEndpointConfig dataflowEndpointRegion(String value) {
      return set("DataflowEndpointRegion", Value.of(value));
    }

    /**
     * Sets {@code DataflowEndpointRegion} to this value; see {@link
     * #dataflowEndpointRegion(String)}.
     */
    public DataflowEndpointConfig dataflowEndpointRegion(Value<String> value) {
      return set("DataflowEndpointRegion", value);
    }
  }

  /**
   * Defines decoding settings.
   *
   * <p>Property type {@code AWS::GroundStation::Config.DecodeConfig}.
   */
  public static final class DecodeConfig extends Struct<DecodeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config.DecodeConfig")
        .constrain("UnvalidatedJSON", Constraint.of().pattern("^[{}\\[\\]:.,\"0-9A-z\\-_\\s]{1,8192}$"))
        .build();

    public DecodeConfig() {
      super(SCHEMA);
    }

    /**
     * The decoding settings are in JSON format and define a set of steps to perform to decode the
     * data.
     *
     * <p>Pattern: {@code ^[{}&#92;[&#92;]:.,"0-9A-z&#92;-_&#92;s]{1,8192}$}. CloudFormation
     * property {@code UnvalidatedJSON}.
     */
    public DecodeConfig unvalidatedJSON(String value) {
      return set("UnvalidatedJSON", Value.of(value));
    }

    /** Sets {@code UnvalidatedJSON} to this value; see {@link #unvalidatedJSON(String)}. */
    public DecodeConfig unvalidatedJSON(Value<String> value) {
      return set("UnvalidatedJSON", value);
    }
  }

  /**
   * Defines demodulation settings.
   *
   * <p>Property type {@code AWS::GroundStation::Config.DemodulationConfig}.
   */
  public static final class DemodulationConfig extends Struct<DemodulationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config.DemodulationConfig")
        .constrain("UnvalidatedJSON", Constraint.of().pattern("^[{}\\[\\]:.,\"0-9A-z\\-_\\s]{1,8192}$"))
        .build();

    public DemodulationConfig() {
      super(SCHEMA);
    }

    /**
     * The demodulation settings are in JSON format and define parameters for demodulation, for
     * example which modulation scheme (e.g. PSK, QPSK, etc.) and matched filter to use.
     *
     * <p>Pattern: {@code ^[{}&#92;[&#92;]:.,"0-9A-z&#92;-_&#92;s]{1,8192}$}. CloudFormation
     * property {@code UnvalidatedJSON}.
     */
    public DemodulationConfig unvalidatedJSON(String value) {
      return set("UnvalidatedJSON", Value.of(value));
    }

    /** Sets {@code UnvalidatedJSON} to this value; see {@link #unvalidatedJSON(String)}. */
    public DemodulationConfig unvalidatedJSON(Value<String> value) {
      return set("UnvalidatedJSON", value);
    }
  }

  /**
   * Defines an equivalent isotropically radiated power (EIRP).
   *
   * <p>Property type {@code AWS::GroundStation::Config.Eirp}.
   */
  public static final class Eirp extends Struct<Eirp> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config.Eirp")
        .allowed("Units", "dBW")
        .build();

    public Eirp() {
      super(SCHEMA);
    }

    /**
     * The units of the EIRP.
     *
     * <p>Allowed values: {@code dBW}. CloudFormation property {@code Units}.
     */
    public Eirp units(String value) {
      return set("Units", Value.of(value));
    }

    /** Sets {@code Units} to this value; see {@link #units(String)}. */
    public Eirp units(Value<String> value) {
      return set("Units", value);
    }

    /**
     * The value of the EIRP. Valid values are between 20.0 to 50.0 dBW.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public Eirp value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public Eirp value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /**
   * Defines a frequency.
   *
   * <p>Property type {@code AWS::GroundStation::Config.Frequency}.
   */
  public static final class Frequency extends Struct<Frequency> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config.Frequency")
        .allowed("Units", "GHz", "MHz", "kHz")
        .build();

    public Frequency() {
      super(SCHEMA);
    }

    /**
     * The units of the frequency.
     *
     * <p>Allowed values: {@code GHz}, {@code MHz}, {@code kHz}. CloudFormation property {@code
     * Units}.
     */
    public Frequency units(String value) {
      return set("Units", Value.of(value));
    }

    /** Sets {@code Units} to this value; see {@link #units(String)}. */
    public Frequency units(Value<String> value) {
      return set("Units", value);
    }

    /**
     * The value of the frequency. Valid values are between 2200 to 2300 MHz and 7750 to 8400 MHz
     * for downlink and 2025 to 2120 MHz for uplink.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public Frequency value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public Frequency value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /**
   * Defines a bandwidth.
   *
   * <p>Property type {@code AWS::GroundStation::Config.FrequencyBandwidth}.
   */
  public static final class FrequencyBandwidth extends Struct<FrequencyBandwidth> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config.FrequencyBandwidth")
        .allowed("Units", "GHz", "MHz", "kHz")
        .build();

    public FrequencyBandwidth() {
      super(SCHEMA);
    }

    /**
     * The units of the bandwidth.
     *
     * <p>Allowed values: {@code GHz}, {@code MHz}, {@code kHz}. CloudFormation property {@code
     * Units}.
     */
    public FrequencyBandwidth units(String value) {
      return set("Units", Value.of(value));
    }

    /** Sets {@code Units} to this value; see {@link #units(String)}. */
    public FrequencyBandwidth units(Value<String> value) {
      return set("Units", value);
    }

    /**
     * The value of the bandwidth. AWS Ground Station currently has the following bandwidth
     * limitations:
     *
     * <ul> <li>For <code>AntennaDownlinkDemodDecodeconfig</code> , valid values are between 125 kHz
     * to 650 MHz. <li>For <code>AntennaDownlinkconfig</code> , valid values are between 10 kHz to
     * 54 MHz. <li>For <code>AntennaUplinkConfig</code> , valid values are between 10 kHz to 54 MHz.
     * </ul>
     *
     * <p>CloudFormation property {@code Value}.
     */
    public FrequencyBandwidth value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public FrequencyBandwidth value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::GroundStation::Config.KinesisDataStreamData}. */
  public static final class KinesisDataStreamData extends Struct<KinesisDataStreamData> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config.KinesisDataStreamData")
        .required("KinesisDataStreamArn", "KinesisRoleArn")
        .constrain("KinesisDataStreamArn", Constraint.of().pattern("^arn:[a-z0-9-.]{1,63}:kinesis:[-a-z0-9]{1,50}:[0-9]{12}:stream/[a-zA-Z0-9_.-]{1,128}$"))
        .constrain("KinesisRoleArn", Constraint.of().pattern("^arn:[^:\\n]+:iam::[^:\\n]+:role\\/.+$").format("AWS::IAM::Role.Arn"))
        .build();

    public KinesisDataStreamData() {
      super(SCHEMA);
    }

    /**
     * Required. Pattern: {@code
     * ^arn:[a-z0-9-.]{1,63}:kinesis:[-a-z0-9]{1,50}:[0-9]{12}:stream/[a-zA-Z0-9_.-]{1,128}$}.
     * CloudFormation property {@code KinesisDataStreamArn}.
     */
    public KinesisDataStreamData kinesisDataStreamArn(String value) {
      return set("KinesisDataStreamArn", Value.of(value));
    }

    /**
     * Sets {@code KinesisDataStreamArn} to this value; see {@link #kinesisDataStreamArn(String)}.
     */
    public KinesisDataStreamData kinesisDataStreamArn(Value<String> value) {
      return set("KinesisDataStreamArn", value);
    }

    /**
     * Required. Pattern: {@code ^arn:[^:&#92;n]+:iam::[^:&#92;n]+:role&#92;/.+$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code KinesisRoleArn}.
     */
    public KinesisDataStreamData kinesisRoleArn(String value) {
      return set("KinesisRoleArn", Value.of(value));
    }

    /** Sets {@code KinesisRoleArn} to this value; see {@link #kinesisRoleArn(String)}. */
    public KinesisDataStreamData kinesisRoleArn(Value<String> value) {
      return set("KinesisRoleArn", value);
    }
  }

  /**
   * Provides information about how AWS Ground Station should save downlink data to S3.
   *
   * <p>Property type {@code AWS::GroundStation::Config.S3RecordingConfig}.
   */
  public static final class S3RecordingConfig extends Struct<S3RecordingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config.S3RecordingConfig")
        .constrain("BucketArn", Constraint.of().pattern("^arn:aws[A-Za-z0-9-]{0,64}:s3:::[A-Za-z0-9-]{1,64}$"))
        .references("BucketArn", "AWS::S3::Bucket.Arn")
        .constrain("Prefix", Constraint.of().pattern("^([a-zA-Z0-9_\\-=/]|\\{satellite_id\\}|\\{config\\-name}|\\{s3\\-config-id}|\\{year\\}|\\{month\\}|\\{day\\}){1,900}$"))
        .constrain("RoleArn", Constraint.of().pattern("^arn:[^:\\n]+:iam::[^:\\n]+:role\\/.+$").format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public S3RecordingConfig() {
      super(SCHEMA);
    }

    /**
     * S3 Bucket where the data is written. The name of the S3 Bucket provided must begin with
     * <code>aws-groundstation</code> .
     *
     * <p>Pattern: {@code ^arn:aws[A-Za-z0-9-]{0,64}:s3:::[A-Za-z0-9-]{1,64}$}. CloudFormation
     * property {@code BucketArn}.
     */
    public S3RecordingConfig bucketArn(String value) {
      return set("BucketArn", Value.of(value));
    }

    /** Sets {@code BucketArn} to this value; see {@link #bucketArn(String)}. */
    public S3RecordingConfig bucketArn(Value<String> value) {
      return set("BucketArn", value);
    }

    /**
     * Sets {@code BucketArn} to the Arn of {@code AWS::S3::Bucket}; see {@link #bucketArn(String)}.
     */
    public S3RecordingConfig bucketArn(Bucket resource) {
      return set("BucketArn", resource.arn());
    }

    /**
     * The prefix of the S3 data object. If you choose to use any optional keys for substitution,
     * these values will be replaced with the corresponding information from your contact details.
     * For example, a prefix of <code>{satellite_id}/{year}/{month}/{day}/</code> will replaced with
     * <code>fake_satellite_id/2021/01/10/</code>
     *
     * <p><em>Optional keys for substitution</em> : <code>{satellite_id}</code> |
     * <code>{config-name}</code> | <code>{config-id}</code> | <code>{year}</code> |
     * <code>{month}</code> | <code>{day}</code>
     *
     * <p>Pattern: {@code
     * ^([a-zA-Z0-9_&#92;-=/]|&#92;{satellite_id&#92;}|&#92;{config&#92;-name}|&#92;{s3&#92;-config-id}|&#92;{year&#92;}|&#92;{month&#92;}|&#92;{day&#92;}){1,900}$}.
     * CloudFormation property {@code Prefix}.
     */
    public S3RecordingConfig prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3RecordingConfig prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * Defines the ARN of the role assumed for putting archives to S3.
     *
     * <p>Pattern: {@code ^arn:[^:&#92;n]+:iam::[^:&#92;n]+:role&#92;/.+$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public S3RecordingConfig roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public S3RecordingConfig roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public S3RecordingConfig roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }
  }

  /**
   * Defines a spectrum.
   *
   * <p>Property type {@code AWS::GroundStation::Config.SpectrumConfig}.
   */
  public static final class SpectrumConfig extends Struct<SpectrumConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config.SpectrumConfig")
        .allowed("Polarization", "LEFT_HAND", "RIGHT_HAND", "NONE")
        .build();

    public SpectrumConfig() {
      super(SCHEMA);
    }

    /**
     * The bandwidth of the spectrum. AWS Ground Station currently has the following bandwidth
     * limitations:
     *
     * <ul> <li>For <code>AntennaDownlinkDemodDecodeconfig</code> , valid values are between 125 kHz
     * to 650 MHz. <li>For <code>AntennaDownlinkconfig</code> , valid values are between 10 kHz to
     * 54 MHz. <li>For <code>AntennaUplinkConfig</code> , valid values are between 10 kHz to 54 MHz.
     * </ul>
     *
     * <p>CloudFormation property {@code Bandwidth}.
     */
    public SpectrumConfig bandwidth(Value<FrequencyBandwidth> value) {
      return set("Bandwidth", value);
    }

    /**
     * The center frequency of the spectrum. Valid values are between 2200 to 2300 MHz and 7750 to
     * 8400 MHz for downlink and 2025 to 2120 MHz for uplink.
     *
     * <p>CloudFormation property {@code CenterFrequency}.
     */
    public SpectrumConfig centerFrequency(Value<Frequency> value) {
      return set("CenterFrequency", value);
    }

    /**
     * The polarization of the spectrum. Valid values are <code>"RIGHT_HAND"</code> and
     * <code>"LEFT_HAND"</code> . Capturing both <code>"RIGHT_HAND"</code> and
     * <code>"LEFT_HAND"</code> polarization requires two separate configs.
     *
     * <p>Allowed values: {@code LEFT_HAND}, {@code RIGHT_HAND}, {@code NONE}. CloudFormation
     * property {@code Polarization}.
     */
    public SpectrumConfig polarization(String value) {
      return set("Polarization", Value.of(value));
    }

    /** Sets {@code Polarization} to this value; see {@link #polarization(String)}. */
    public SpectrumConfig polarization(Value<String> value) {
      return set("Polarization", value);
    }
  }

  /** Property type {@code AWS::GroundStation::Config.TelemetrySinkConfig}. */
  public static final class TelemetrySinkConfig extends Struct<TelemetrySinkConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config.TelemetrySinkConfig")
        .required("TelemetrySinkData", "TelemetrySinkType")
        .allowed("TelemetrySinkType", "KINESIS_DATA_STREAM")
        .build();

    public TelemetrySinkConfig() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code TelemetrySinkData}. */
    public TelemetrySinkConfig telemetrySinkData(Value<TelemetrySinkData> value) {
      return set("TelemetrySinkData", value);
    }

    /**
     * Required. Allowed values: {@code KINESIS_DATA_STREAM}. CloudFormation property {@code
     * TelemetrySinkType}.
     */
    public TelemetrySinkConfig telemetrySinkType(String value) {
      return set("TelemetrySinkType", Value.of(value));
    }

    /** Sets {@code TelemetrySinkType} to this value; see {@link #telemetrySinkType(String)}. */
    public TelemetrySinkConfig telemetrySinkType(Value<String> value) {
      return set("TelemetrySinkType", value);
    }
  }

  /** Property type {@code AWS::GroundStation::Config.TelemetrySinkData}. */
  public static final class TelemetrySinkData extends Struct<TelemetrySinkData> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config.TelemetrySinkData")
        .required("KinesisDataStreamData")
        .build();

    public TelemetrySinkData() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code KinesisDataStreamData}. */
    public TelemetrySinkData kinesisDataStreamData(Value<KinesisDataStreamData> value) {
      return set("KinesisDataStreamData", value);
    }
  }

  /**
   * Provides information about how AWS Ground Station should track the satellite through the sky
   * during a contact.
   *
   * <p>Property type {@code AWS::GroundStation::Config.TrackingConfig}.
   */
  public static final class TrackingConfig extends Struct<TrackingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config.TrackingConfig")
        .allowed("Autotrack", "REQUIRED", "PREFERRED", "REMOVED")
        .build();

    public TrackingConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies whether or not to use autotrack. <code>REMOVED</code> specifies that program track
     * should only be used during the contact. <code>PREFERRED</code> specifies that autotracking is
     * preferred during the contact but fallback to program track if the signal is lost.
     * <code>REQUIRED</code> specifies that autotracking is required during the contact and not to
     * use program track if the signal is lost.
     *
     * <p>Allowed values: {@code REQUIRED}, {@code PREFERRED}, {@code REMOVED}. CloudFormation
     * property {@code Autotrack}.
     */
    public TrackingConfig autotrack(String value) {
      return set("Autotrack", Value.of(value));
    }

    /** Sets {@code Autotrack} to this value; see {@link #autotrack(String)}. */
    public TrackingConfig autotrack(Value<String> value) {
      return set("Autotrack", value);
    }
  }

  /**
   * Provides information about how AWS Ground Station should echo back uplink transmissions to a
   * dataflow endpoint.
   *
   * <p>Property type {@code AWS::GroundStation::Config.UplinkEchoConfig}.
   */
  public static final class UplinkEchoConfig extends Struct<UplinkEchoConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config.UplinkEchoConfig")
        .constrain("AntennaUplinkConfigArn", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"))
        .build();

    public UplinkEchoConfig() {
      super(SCHEMA);
    }

    /**
     * Defines the ARN of the uplink config to echo back to a dataflow endpoint.
     *
     * <p>Pattern: {@code ^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$}. CloudFormation property
     * {@code AntennaUplinkConfigArn}.
     */
    public UplinkEchoConfig antennaUplinkConfigArn(String value) {
      return set("AntennaUplinkConfigArn", Value.of(value));
    }

    /**
     * Sets {@code AntennaUplinkConfigArn} to this value; see {@link
     * #antennaUplinkConfigArn(String)}.
     */
    public UplinkEchoConfig antennaUplinkConfigArn(Value<String> value) {
      return set("AntennaUplinkConfigArn", value);
    }

    /**
     * Whether or not uplink echo is enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public UplinkEchoConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public UplinkEchoConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Defines a uplink spectrum.
   *
   * <p>Property type {@code AWS::GroundStation::Config.UplinkSpectrumConfig}.
   */
  public static final class UplinkSpectrumConfig extends Struct<UplinkSpectrumConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::Config.UplinkSpectrumConfig")
        .allowed("Polarization", "LEFT_HAND", "RIGHT_HAND", "NONE")
        .build();

    public UplinkSpectrumConfig() {
      super(SCHEMA);
    }

    /**
     * The center frequency of the spectrum. Valid values are between 2200 to 2300 MHz and 7750 to
     * 8400 MHz for downlink and 2025 to 2120 MHz for uplink.
     *
     * <p>CloudFormation property {@code CenterFrequency}.
     */
    public UplinkSpectrumConfig centerFrequency(Value<Frequency> value) {
      return set("CenterFrequency", value);
    }

    /**
     * The polarization of the spectrum. Valid values are <code>"RIGHT_HAND"</code> and
     * <code>"LEFT_HAND"</code> .
     *
     * <p>Allowed values: {@code LEFT_HAND}, {@code RIGHT_HAND}, {@code NONE}. CloudFormation
     * property {@code Polarization}.
     */
    public UplinkSpectrumConfig polarization(String value) {
      return set("Polarization", Value.of(value));
    }

    /** Sets {@code Polarization} to this value; see {@link #polarization(String)}. */
    public UplinkSpectrumConfig polarization(Value<String> value) {
      return set("Polarization", value);
    }
  }
}
