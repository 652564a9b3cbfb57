// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.outposts;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::Outposts::Site Resource Type
 *
 * <p>CloudFormation type {@code AWS::Outposts::Site}.
 */
public final class Site extends Resource<Site> {
  private static final Schema SCHEMA = Schema.builder("AWS::Outposts::Site")
      .required("Name")
      .constrain("Description", Constraint.of().pattern("^[\\S ]+$").minLength(1).maxLength(1001))
      .constrain("Name", Constraint.of().pattern("^[\\S ]+$").minLength(1).maxLength(1000))
      .constrain("Notes", Constraint.of().pattern("^[\\S \\n]+$").minLength(1).maxLength(2000))
      .refYields("SiteArn")
      .attributes("SiteArn", "SiteId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Site(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Length: 1 to 1001 characters. Pattern: {@code ^[&#92;S ]+$}. CloudFormation property {@code
   * Description}.
   */
  public Site description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Site description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Required. Length: 1 to 1000 characters. Pattern: {@code ^[&#92;S ]+$}. CloudFormation property
   * {@code Name}.
   */
  public Site name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Site name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Length: 1 to 2000 characters. Pattern: {@code ^[&#92;S &#92;n]+$}. CloudFormation property
   * {@code Notes}.
   */
  public Site notes(String value) {
    return set("Notes", Value.of(value));
  }

  /** Sets {@code Notes} to this value; see {@link #notes(String)}. */
  public Site notes(Value<String> value) {
    return set("Notes", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code OperatingAddress}. */
  public Site operatingAddress(Value<Address> value) {
    return set("OperatingAddress", value);
  }

  /** CloudFormation property {@code RackPhysicalProperties}. */
  public Site rackPhysicalProperties(Value<RackPhysicalProperties> value) {
    return set("RackPhysicalProperties", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code ShippingAddress}. */
  public Site shippingAddress(Value<Address> value) {
    return set("ShippingAddress", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Site tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Site tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Site tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code SiteArn}. */
  public Value<String> siteArn() {
    return getAtt("SiteArn");
  }

  /** {@code Fn::GetAtt} attribute {@code SiteId}. */
  public Value<String> siteId() {
    return getAtt("SiteId");
  }

  /** Property type {@code AWS::Outposts::Site.Address}. */
  public static final class Address extends Struct<Address> {
    private static final Schema SCHEMA = Schema.builder("AWS::Outposts::Site.Address")
        .required("AddressLine1", "City", "ContactName", "ContactPhoneNumber", "CountryCode",
            "PostalCode", "StateOrRegion")
        .constrain("AddressLine1", Constraint.of().pattern("^\\S[\\S ]*$").minLength(1).maxLength(180))
        .constrain("AddressLine2", Constraint.of().pattern("^\\S[\\S ]*$").minLength(0).maxLength(60))
        .constrain("AddressLine3", Constraint.of().pattern("^\\S[\\S ]*$").minLength(0).maxLength(60))
        .constrain("City", Constraint.of().pattern("^\\S[\\S ]*$").minLength(1).maxLength(50))
        .constrain("ContactName", Constraint.of().pattern("^\\S[\\S ]*$").minLength(1).maxLength(255))
        .constrain("ContactPhoneNumber", Constraint.of().pattern("^[\\S ]+$").minLength(1).maxLength(20))
        .constrain("CountryCode", Constraint.of().pattern("^[A-Z]{2}$").minLength(2).maxLength(2))
        .constrain("DistrictOrCounty", Constraint.of().pattern("^\\S[\\S ]*$").minLength(1).maxLength(60))
        .constrain("Municipality", Constraint.of().pattern("^\\S[\\S ]*$").minLength(0).maxLength(180))
        .constrain("PostalCode", Constraint.of().pattern("^[a-zA-Z0-9 -]+$").minLength(1).maxLength(20))
        .constrain("StateOrRegion", Constraint.of().pattern("^\\S[\\S ]*$").minLength(1).maxLength(50))
        .build();

    public Address() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 180 characters. Pattern: {@code ^&#92;S[&#92;S ]*$}. CloudFormation
     * property {@code AddressLine1}.
     */
    public Address addressLine1(String value) {
      return set("AddressLine1", Value.of(value));
    }

    /** Sets {@code AddressLine1} to this value; see {@link #addressLine1(String)}. */
    public Address addressLine1(Value<String> value) {
      return set("AddressLine1", value);
    }

    /**
     * Length: 0 to 60 characters. Pattern: {@code ^&#92;S[&#92;S ]*$}. CloudFormation property
     * {@code AddressLine2}.
     */
    public Address addressLine2(String value) {
      return set("AddressLine2", Value.of(value));
    }

    /** Sets {@code AddressLine2} to this value; see {@link #addressLine2(String)}. */
    public Address addressLine2(Value<String> value) {
      return set("AddressLine2", value);
    }

    /**
     * Length: 0 to 60 characters. Pattern: {@code ^&#92;S[&#92;S ]*$}. CloudFormation property
     * {@code AddressLine3}.
     */
    public Address addressLine3(String value) {
      return set("AddressLine3", Value.of(value));
    }

    /** Sets {@code AddressLine3} to this value; see {@link #addressLine3(String)}. */
    public Address addressLine3(Value<String> value) {
      return set("AddressLine3", value);
    }

    /**
     * Required. Length: 1 to 50 characters. Pattern: {@code ^&#92;S[&#92;S ]*$}. CloudFormation
     * property {@code City}.
     */
    public Address city(String value) {
      return set("City", Value.of(value));
    }

    /** Sets {@code City} to this value; see {@link #city(String)}. */
    public Address city(Value<String> value) {
      return set("City", value);
    }

    /**
     * Required. Length: 1 to 255 characters. Pattern: {@code ^&#92;S[&#92;S ]*$}. CloudFormation
     * property {@code ContactName}.
     */
    public Address contactName(String value) {
      return set("ContactName", Value.of(value));
    }

    /** Sets {@code ContactName} to this value; see {@link #contactName(String)}. */
    public Address contactName(Value<String> value) {
      return set("ContactName", value);
    }

    /**
     * Required. Length: 1 to 20 characters. Pattern: {@code ^[&#92;S ]+$}. CloudFormation property
     * {@code ContactPhoneNumber}.
     */
    public Address contactPhoneNumber(String value) {
      return set("ContactPhoneNumber", Value.of(value));
    }

    /** Sets {@code ContactPhoneNumber} to this value; see {@link #contactPhoneNumber(String)}. */
    public Address contactPhoneNumber(Value<String> value) {
      return set("ContactPhoneNumber", value);
    }

    /**
     * Required. Length: 2 to 2 characters. Pattern: {@code ^[A-Z]{2}$}. CloudFormation property
     * {@code CountryCode}.
     */
    public Address countryCode(String value) {
      return set("CountryCode", Value.of(value));
    }

    /** Sets {@code CountryCode} to this value; see {@link #countryCode(String)}. */
    public Address countryCode(Value<String> value) {
      return set("CountryCode", value);
    }

    /**
     * Length: 1 to 60 characters. Pattern: {@code ^&#92;S[&#92;S ]*$}. CloudFormation property
     * {@code DistrictOrCounty}.
     */
    public Address districtOrCounty(String value) {
      return set("DistrictOrCounty", Value.of(value));
    }

    /** Sets {@code DistrictOrCounty} to this value; see {@link #districtOrCounty(String)}. */
    public Address districtOrCounty(Value<String> value) {
      return set("DistrictOrCounty", value);
    }

    /**
     * Length: 0 to 180 characters. Pattern: {@code ^&#92;S[&#92;S ]*$}. CloudFormation property
     * {@code Municipality}.
     */
    public Address municipality(String value) {
      return set("Municipality", Value.of(value));
    }

    /** Sets {@code Municipality} to this value; see {@link #municipality(String)}. */
    public Address municipality(Value<String> value) {
      return set("Municipality", value);
    }

    /**
     * Required. Length: 1 to 20 characters. Pattern: {@code ^[a-zA-Z0-9 -]+$}. CloudFormation
     * property {@code PostalCode}.
     */
    public Address postalCode(String value) {
      return set("PostalCode", Value.of(value));
    }

    /** Sets {@code PostalCode} to this value; see {@link #postalCode(String)}. */
    public Address postalCode(Value<String> value) {
      return set("PostalCode", value);
    }

    /**
     * Required. Length: 1 to 50 characters. Pattern: {@code ^&#92;S[&#92;S ]*$}. CloudFormation
     * property {@code StateOrRegion}.
     */
    public Address stateOrRegion(String value) {
      return set("StateOrRegion", Value.of(value));
    }

    /** Sets {@code StateOrRegion} to this value; see {@link #stateOrRegion(String)}. */
    public Address stateOrRegion(Value<String> value) {
      return set("StateOrRegion", value);
    }
  }

  /** Property type {@code AWS::Outposts::Site.RackPhysicalProperties}. */
  public static final class RackPhysicalProperties extends Struct<RackPhysicalProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Outposts::Site.RackPhysicalProperties")
        .allowed("FiberOpticCableType", "SINGLE_MODE", "MULTI_MODE")
        .allowed("MaximumSupportedWeightLbs", "NO_LIMIT", "MAX_1400_LBS", "MAX_1600_LBS",
            "MAX_1800_LBS", "MAX_2000_LBS")
        .allowed("OpticalStandard", "OPTIC_10GBASE_SR", "OPTIC_10GBASE_IR", "OPTIC_10GBASE_LR",
            "OPTIC_40GBASE_SR", "OPTIC_40GBASE_ESR", "OPTIC_40GBASE_IR4_LR4L", "OPTIC_40GBASE_LR4",
            "OPTIC_100GBASE_SR4", "OPTIC_100GBASE_CWDM4", "OPTIC_100GBASE_LR4",
            "OPTIC_100G_PSM4_MSA", "OPTIC_1000BASE_LX", "OPTIC_1000BASE_SX")
        .allowed("PowerConnector", "L6_30P", "IEC309", "AH530P7W", "AH532P6W", "CS8365C")
        .allowed("PowerDrawKva", "POWER_5_KVA", "POWER_10_KVA", "POWER_15_KVA", "POWER_30_KVA")
        .allowed("PowerFeedDrop", "ABOVE_RACK", "BELOW_RACK")
        .allowed("PowerPhase", "SINGLE_PHASE", "THREE_PHASE")
        .allowed("UplinkCount", "UPLINK_COUNT_1", "UPLINK_COUNT_2", "UPLINK_COUNT_3",
            "UPLINK_COUNT_4", "UPLINK_COUNT_5", "UPLINK_COUNT_6", "UPLINK_COUNT_7",
            "UPLINK_COUNT_8", "UPLINK_COUNT_12", "UPLINK_COUNT_16")
        .allowed("UplinkGbps", "UPLINK_1G", "UPLINK_10G", "UPLINK_40G", "UPLINK_100G")
        .build();

    public RackPhysicalProperties() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code SINGLE_MODE}, {@code MULTI_MODE}. CloudFormation property {@code
     * FiberOpticCableType}.
     */
    public RackPhysicalProperties fiberOpticCableType(String value) {
      return set("FiberOpticCableType", Value.of(value));
    }

    /** Sets {@code FiberOpticCableType} to this value; see {@link #fiberOpticCableType(String)}. */
    public RackPhysicalProperties fiberOpticCableType(Value<String> value) {
      return set("FiberOpticCableType", value);
    }

    /**
     * Allowed values: {@code NO_LIMIT}, {@code MAX_1400_LBS}, {@code MAX_1600_LBS}, {@code
     * MAX_1800_LBS}, {@code MAX_2000_LBS}. CloudFormation property {@code
     * MaximumSupportedWeightLbs}.
     */
    public RackPhysicalProperties maximumSupportedWeightLbs(String value) {
      return set("MaximumSupportedWeightLbs", Value.of(value));
    }

    /**
     * Sets {@code MaximumSupportedWeightLbs} to this value; see {@link
     * #maximumSupportedWeightLbs(String)}.
     */
    public RackPhysicalProperties maximumSupportedWeightLbs(Value<String> value) {
      return set("MaximumSupportedWeightLbs", value);
    }

    /**
     * Allowed values: {@code OPTIC_10GBASE_SR}, {@code OPTIC_10GBASE_IR}, {@code OPTIC_10GBASE_LR},
     * {@code OPTIC_40GBASE_SR}, {@code OPTIC_40GBASE_ESR}, {@code OPTIC_40GBASE_IR4_LR4L}, {@code
     * OPTIC_40GBASE_LR4}, {@code OPTIC_100GBASE_SR4}, {@code OPTIC_100GBASE_CWDM4}, {@code
     * OPTIC_100GBASE_LR4}, {@code OPTIC_100G_PSM4_MSA}, {@code OPTIC_1000BASE_LX}, {@code
     * OPTIC_1000BASE_SX}. CloudFormation property {@code OpticalStandard}.
     */
    public RackPhysicalProperties opticalStandard(String value) {
      return set("OpticalStandard", Value.of(value));
    }

    /** Sets {@code OpticalStandard} to this value; see {@link #opticalStandard(String)}. */
    public RackPhysicalProperties opticalStandard(Value<String> value) {
      return set("OpticalStandard", value);
    }

    /**
     * Allowed values: {@code L6_30P}, {@code IEC309}, {@code AH530P7W}, {@code AH532P6W}, {@code
     * CS8365C}. CloudFormation property {@code PowerConnector}.
     */
    public RackPhysicalProperties powerConnector(String value) {
      return set("PowerConnector", Value.of(value));
    }

    /** Sets {@code PowerConnector} to this value; see {@link #powerConnector(String)}. */
    public RackPhysicalProperties powerConnector(Value<String> value) {
      return set("PowerConnector", value);
    }

    /**
     * Allowed values: {@code POWER_5_KVA}, {@code POWER_10_KVA}, {@code POWER_15_KVA}, {@code
     * POWER_30_KVA}. CloudFormation property {@code PowerDrawKva}.
     */
    public RackPhysicalProperties powerDrawKva(String value) {
      return set("PowerDrawKva", Value.of(value));
    }

    /** Sets {@code PowerDrawKva} to this value; see {@link #powerDrawKva(String)}. */
    public RackPhysicalProperties powerDrawKva(Value<String> value) {
      return set("PowerDrawKva", value);
    }

    /**
     * Allowed values: {@code ABOVE_RACK}, {@code BELOW_RACK}. CloudFormation property {@code
     * PowerFeedDrop}.
     */
    public RackPhysicalProperties powerFeedDrop(String value) {
      return set("PowerFeedDrop", Value.of(value));
    }

    /** Sets {@code PowerFeedDrop} to this value; see {@link #powerFeedDrop(String)}. */
    public RackPhysicalProperties powerFeedDrop(Value<String> value) {
      return set("PowerFeedDrop", value);
    }

    /**
     * Allowed values: {@code SINGLE_PHASE}, {@code THREE_PHASE}. CloudFormation property {@code
     * PowerPhase}.
     */
    public RackPhysicalProperties powerPhase(String value) {
      return set("PowerPhase", Value.of(value));
    }

    /** Sets {@code PowerPhase} to this value; see {@link #powerPhase(String)}. */
    public RackPhysicalProperties powerPhase(Value<String> value) {
      return set("PowerPhase", value);
    }

    /**
     * Allowed values: {@code UPLINK_COUNT_1}, {@code UPLINK_COUNT_2}, {@code UPLINK_COUNT_3},
     * {@code UPLINK_COUNT_4}, {@code UPLINK_COUNT_5}, {@code UPLINK_COUNT_6}, {@code
     * UPLINK_COUNT_7}, {@code UPLINK_COUNT_8}, {@code UPLINK_COUNT_12}, {@code UPLINK_COUNT_16}.
     * CloudFormation property {@code UplinkCount}.
     */
    public RackPhysicalProperties uplinkCount(String value) {
      return set("UplinkCount", Value.of(value));
    }

    /** Sets {@code UplinkCount} to this value; see {@link #uplinkCount(String)}. */
    public RackPhysicalProperties uplinkCount(Value<String> value) {
      return set("UplinkCount", value);
    }

    /**
     * Allowed values: {@code UPLINK_1G}, {@code UPLINK_10G}, {@code UPLINK_40G}, {@code
     * UPLINK_100G}. CloudFormation property {@code UplinkGbps}.
     */
    public RackPhysicalProperties uplinkGbps(String value) {
      return set("UplinkGbps", Value.of(value));
    }

    /** Sets {@code UplinkGbps} to this value; see {@link #uplinkGbps(String)}. */
    public RackPhysicalProperties uplinkGbps(Value<String> value) {
      return set("UplinkGbps", value);
    }
  }
}
