// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.identitystore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a user within the specified identity store.
 *
 * <p>CloudFormation type {@code AWS::IdentityStore::User}.
 */
public final class User extends Resource<User> {
  private static final Schema SCHEMA = Schema.builder("AWS::IdentityStore::User")
      .required("IdentityStoreId")
      .constrain("Birthdate", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
      .constrain("DisplayName", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
      .constrain("IdentityStoreId", Constraint.of().pattern("^d-[0-9a-f]{10}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(1).maxLength(36))
      .constrain("Locale", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
      .constrain("NickName", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
      .constrain("PreferredLanguage", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
      .constrain("ProfileUrl", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
      .constrain("Timezone", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
      .constrain("Title", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
      .constrain("UserName", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$").minLength(1).maxLength(128))
      .constrain("UserType", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
      .constrain("Website", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "UserId", "UserStatus")
      .build();

  public User(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of addresses associated with the user.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Addresses}.
   */
  public User addresses(List<AddressesItems> value) {
    return set("Addresses", Value.listOf(value));
  }

  /** Sets {@code Addresses} to this value; see {@link #addresses(List)}. */
  public User addresses(Value<List<AddressesItems>> value) {
    return set("Addresses", value);
  }

  /** Sets {@code Addresses} to a list of these; see {@link #addresses(List)}. */
  public User addresses(AddressesItems... values) {
    return set("Addresses", Value.list(values));
  }

  /**
   * The user's birthdate in YYYY-MM-DD format.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
   * property {@code Birthdate}.
   */
  public User birthdate(String value) {
    return set("Birthdate", Value.of(value));
  }

  /** Sets {@code Birthdate} to this value; see {@link #birthdate(String)}. */
  public User birthdate(Value<String> value) {
    return set("Birthdate", value);
  }

  /**
   * A string containing the name of the user for display.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
   * property {@code DisplayName}.
   */
  public User displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public User displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * A list of email addresses associated with the user.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Emails}.
   */
  public User emails(List<EmailsItems> value) {
    return set("Emails", Value.listOf(value));
  }

  /** Sets {@code Emails} to this value; see {@link #emails(List)}. */
  public User emails(Value<List<EmailsItems>> value) {
    return set("Emails", value);
  }

  /** Sets {@code Emails} to a list of these; see {@link #emails(List)}. */
  public User emails(EmailsItems... values) {
    return set("Emails", Value.list(values));
  }

  /**
   * The globally unique identifier for the identity store.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 36 characters. Pattern: {@code
   * ^d-[0-9a-f]{10}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}.
   * CloudFormation property {@code IdentityStoreId}.
   */
  public User identityStoreId(String value) {
    return set("IdentityStoreId", Value.of(value));
  }

  /** Sets {@code IdentityStoreId} to this value; see {@link #identityStoreId(String)}. */
  public User identityStoreId(Value<String> value) {
    return set("IdentityStoreId", value);
  }

  /**
   * The geographical region or location of the user.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
   * property {@code Locale}.
   */
  public User locale(String value) {
    return set("Locale", Value.of(value));
  }

  /** Sets {@code Locale} to this value; see {@link #locale(String)}. */
  public User locale(Value<String> value) {
    return set("Locale", value);
  }

  /**
   * The name of the user.
   *
   * <p>CloudFormation property {@code Name}.
   */
  public User name(Value<Name> value) {
    return set("Name", value);
  }

  /**
   * An alternate name for the user.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
   * property {@code NickName}.
   */
  public User nickName(String value) {
    return set("NickName", Value.of(value));
  }

  /** Sets {@code NickName} to this value; see {@link #nickName(String)}. */
  public User nickName(Value<String> value) {
    return set("NickName", value);
  }

  /**
   * A list of phone numbers associated with the user.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PhoneNumbers}.
   */
  public User phoneNumbers(List<PhoneNumbersItems> value) {
    return set("PhoneNumbers", Value.listOf(value));
  }

  /** Sets {@code PhoneNumbers} to this value; see {@link #phoneNumbers(List)}. */
  public User phoneNumbers(Value<List<PhoneNumbersItems>> value) {
    return set("PhoneNumbers", value);
  }

  /** Sets {@code PhoneNumbers} to a list of these; see {@link #phoneNumbers(List)}. */
  public User phoneNumbers(PhoneNumbersItems... values) {
    return set("PhoneNumbers", Value.list(values));
  }

  /**
   * A list of photos associated with the user.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Photos}.
   */
  public User photos(List<PhotosItems> value) {
    return set("Photos", Value.listOf(value));
  }

  /** Sets {@code Photos} to this value; see {@link #photos(List)}. */
  public User photos(Value<List<PhotosItems>> value) {
    return set("Photos", value);
  }

  /** Sets {@code Photos} to a list of these; see {@link #photos(List)}. */
  public User photos(PhotosItems... values) {
    return set("Photos", Value.list(values));
  }

  /**
   * The preferred language of the user.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
   * property {@code PreferredLanguage}.
   */
  public User preferredLanguage(String value) {
    return set("PreferredLanguage", Value.of(value));
  }

  /** Sets {@code PreferredLanguage} to this value; see {@link #preferredLanguage(String)}. */
  public User preferredLanguage(Value<String> value) {
    return set("PreferredLanguage", value);
  }

  /**
   * A URL associated with the user.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
   * property {@code ProfileUrl}.
   */
  public User profileUrl(String value) {
    return set("ProfileUrl", Value.of(value));
  }

  /** Sets {@code ProfileUrl} to this value; see {@link #profileUrl(String)}. */
  public User profileUrl(Value<String> value) {
    return set("ProfileUrl", value);
  }

  /**
   * A list of roles associated with the user.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Roles}.
   */
  public User roles(List<RolesItems> value) {
    return set("Roles", Value.listOf(value));
  }

  /** Sets {@code Roles} to this value; see {@link #roles(List)}. */
  public User roles(Value<List<RolesItems>> value) {
    return set("Roles", value);
  }

  /** Sets {@code Roles} to a list of these; see {@link #roles(List)}. */
  public User roles(RolesItems... values) {
    return set("Roles", Value.list(values));
  }

  /**
   * The time zone for the user.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
   * property {@code Timezone}.
   */
  public User timezone(String value) {
    return set("Timezone", Value.of(value));
  }

  /** Sets {@code Timezone} to this value; see {@link #timezone(String)}. */
  public User timezone(Value<String> value) {
    return set("Timezone", value);
  }

  /**
   * The title of the user.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
   * property {@code Title}.
   */
  public User title(String value) {
    return set("Title", Value.of(value));
  }

  /** Sets {@code Title} to this value; see {@link #title(String)}. */
  public User title(Value<String> value) {
    return set("Title", value);
  }

  /**
   * A unique string used to identify the user.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}]+$}. CloudFormation property {@code UserName}.
   */
  public User userName(String value) {
    return set("UserName", Value.of(value));
  }

  /** Sets {@code UserName} to this value; see {@link #userName(String)}. */
  public User userName(Value<String> value) {
    return set("UserName", value);
  }

  /**
   * A string indicating the type of user.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
   * property {@code UserType}.
   */
  public User userType(String value) {
    return set("UserType", Value.of(value));
  }

  /** Sets {@code UserType} to this value; see {@link #userType(String)}. */
  public User userType(Value<String> value) {
    return set("UserType", value);
  }

  /**
   * The user's personal website or blog URL.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
   * property {@code Website}.
   */
  public User website(String value) {
    return set("Website", Value.of(value));
  }

  /** Sets {@code Website} to this value; see {@link #website(String)}. */
  public User website(Value<String> value) {
    return set("Website", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the user.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time the user was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The identifier of the user or system that created the user.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The date and time the user was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The identifier of the user or system that last updated the user.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedBy}.
   */
  public Value<String> updatedBy() {
    return getAtt("UpdatedBy");
  }

  /**
   * The identifier for a user in the identity store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UserId}.
   */
  public Value<String> userId() {
    return getAtt("UserId");
  }

  /**
   * The current status of the user account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UserStatus}.
   */
  public Value<String> userStatus() {
    return getAtt("UserStatus");
  }

  /** Property type {@code AWS::IdentityStore::User.AddressesItems}. */
  public static final class AddressesItems extends Struct<AddressesItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::IdentityStore::User.AddressesItems")
        .constrain("Country", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("Formatted", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("Locality", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("PostalCode", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("Region", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("StreetAddress", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("Type", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .build();

    public AddressesItems() {
      super(SCHEMA);
    }

    /**
     * The country of the address.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Country}.
     */
    public AddressesItems country(String value) {
      return set("Country", Value.of(value));
    }

    /** Sets {@code Country} to this value; see {@link #country(String)}. */
    public AddressesItems country(Value<String> value) {
      return set("Country", value);
    }

    /**
     * A formatted version of the address for display.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Formatted}.
     */
    public AddressesItems formatted(String value) {
      return set("Formatted", Value.of(value));
    }

    /** Sets {@code Formatted} to this value; see {@link #formatted(String)}. */
    public AddressesItems formatted(Value<String> value) {
      return set("Formatted", value);
    }

    /**
     * A string of the address locality.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Locality}.
     */
    public AddressesItems locality(String value) {
      return set("Locality", Value.of(value));
    }

    /** Sets {@code Locality} to this value; see {@link #locality(String)}. */
    public AddressesItems locality(Value<String> value) {
      return set("Locality", value);
    }

    /**
     * The postal code of the address.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code PostalCode}.
     */
    public AddressesItems postalCode(String value) {
      return set("PostalCode", Value.of(value));
    }

    /** Sets {@code PostalCode} to this value; see {@link #postalCode(String)}. */
    public AddressesItems postalCode(Value<String> value) {
      return set("PostalCode", value);
    }

    /**
     * Whether this is the primary address.
     *
     * <p>CloudFormation property {@code Primary}.
     */
    public AddressesItems primary(boolean value) {
      return set("Primary", Value.of(value));
    }

    /** Sets {@code Primary} to this value; see {@link #primary(boolean)}. */
    public AddressesItems primary(Value<Boolean> value) {
      return set("Primary", value);
    }

    /**
     * The region of the address.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Region}.
     */
    public AddressesItems region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public AddressesItems region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The street of the address.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code StreetAddress}.
     */
    public AddressesItems streetAddress(String value) {
      return set("StreetAddress", Value.of(value));
    }

    /** Sets {@code StreetAddress} to this value; see {@link #streetAddress(String)}. */
    public AddressesItems streetAddress(Value<String> value) {
      return set("StreetAddress", value);
    }

    /**
     * The type of address.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Type}.
     */
    public AddressesItems type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public AddressesItems type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::IdentityStore::User.EmailsItems}. */
  public static final class EmailsItems extends Struct<EmailsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::IdentityStore::User.EmailsItems")
        .constrain("Type", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("Value", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .build();

    public EmailsItems() {
      super(SCHEMA);
    }

    /**
     * Whether this is the primary email address.
     *
     * <p>CloudFormation property {@code Primary}.
     */
    public EmailsItems primary(boolean value) {
      return set("Primary", Value.of(value));
    }

    /** Sets {@code Primary} to this value; see {@link #primary(boolean)}. */
    public EmailsItems primary(Value<Boolean> value) {
      return set("Primary", value);
    }

    /**
     * The type of email address.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Type}.
     */
    public EmailsItems type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EmailsItems type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The email address.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Value}.
     */
    public EmailsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EmailsItems value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The name of the user.
   *
   * <p>Property type {@code AWS::IdentityStore::User.Name}.
   */
  public static final class Name extends Struct<Name> {
    private static final Schema SCHEMA = Schema.builder("AWS::IdentityStore::User.Name")
        .constrain("FamilyName", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("Formatted", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("GivenName", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("HonorificPrefix", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("HonorificSuffix", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("MiddleName", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .build();

    public Name() {
      super(SCHEMA);
    }

    /**
     * The family name of the user.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code FamilyName}.
     */
    public Name familyName(String value) {
      return set("FamilyName", Value.of(value));
    }

    /** Sets {@code FamilyName} to this value; see {@link #familyName(String)}. */
    public Name familyName(Value<String> value) {
      return set("FamilyName", value);
    }

    /**
     * A string containing a formatted version of the name for display.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Formatted}.
     */
    public Name formatted(String value) {
      return set("Formatted", Value.of(value));
    }

    /** Sets {@code Formatted} to this value; see {@link #formatted(String)}. */
    public Name formatted(Value<String> value) {
      return set("Formatted", value);
    }

    /**
     * The given name of the user.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code GivenName}.
     */
    public Name givenName(String value) {
      return set("GivenName", Value.of(value));
    }

    /** Sets {@code GivenName} to this value; see {@link #givenName(String)}. */
    public Name givenName(Value<String> value) {
      return set("GivenName", value);
    }

    /**
     * The honorific prefix of the user.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code HonorificPrefix}.
     */
    public Name honorificPrefix(String value) {
      return set("HonorificPrefix", Value.of(value));
    }

    /** Sets {@code HonorificPrefix} to this value; see {@link #honorificPrefix(String)}. */
    public Name honorificPrefix(Value<String> value) {
      return set("HonorificPrefix", value);
    }

    /**
     * The honorific suffix of the user.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code HonorificSuffix}.
     */
    public Name honorificSuffix(String value) {
      return set("HonorificSuffix", Value.of(value));
    }

    /** Sets {@code HonorificSuffix} to this value; see {@link #honorificSuffix(String)}. */
    public Name honorificSuffix(Value<String> value) {
      return set("HonorificSuffix", value);
    }

    /**
     * The middle name of the user.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code MiddleName}.
     */
    public Name middleName(String value) {
      return set("MiddleName", Value.of(value));
    }

    /** Sets {@code MiddleName} to this value; see {@link #middleName(String)}. */
    public Name middleName(Value<String> value) {
      return set("MiddleName", value);
    }
  }

  /** Property type {@code AWS::IdentityStore::User.PhoneNumbersItems}. */
  public static final class PhoneNumbersItems extends Struct<PhoneNumbersItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::IdentityStore::User.PhoneNumbersItems")
        .constrain("Type", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("Value", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .build();

    public PhoneNumbersItems() {
      super(SCHEMA);
    }

    /**
     * Whether this is the primary phone number.
     *
     * <p>CloudFormation property {@code Primary}.
     */
    public PhoneNumbersItems primary(boolean value) {
      return set("Primary", Value.of(value));
    }

    /** Sets {@code Primary} to this value; see {@link #primary(boolean)}. */
    public PhoneNumbersItems primary(Value<Boolean> value) {
      return set("Primary", value);
    }

    /**
     * The type of phone number.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Type}.
     */
    public PhoneNumbersItems type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PhoneNumbersItems type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The phone number.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Value}.
     */
    public PhoneNumbersItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public PhoneNumbersItems value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::IdentityStore::User.PhotosItems}. */
  public static final class PhotosItems extends Struct<PhotosItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::IdentityStore::User.PhotosItems")
        .required("Value")
        .constrain("Display", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("Type", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("Value", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .build();

    public PhotosItems() {
      super(SCHEMA);
    }

    /**
     * A display name for the photo.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Display}.
     */
    public PhotosItems display(String value) {
      return set("Display", Value.of(value));
    }

    /** Sets {@code Display} to this value; see {@link #display(String)}. */
    public PhotosItems display(Value<String> value) {
      return set("Display", value);
    }

    /**
     * Whether this is the primary photo.
     *
     * <p>CloudFormation property {@code Primary}.
     */
    public PhotosItems primary(boolean value) {
      return set("Primary", Value.of(value));
    }

    /** Sets {@code Primary} to this value; see {@link #primary(boolean)}. */
    public PhotosItems primary(Value<Boolean> value) {
      return set("Primary", value);
    }

    /**
     * The type of photo.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Type}.
     */
    public PhotosItems type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PhotosItems type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The photo data or URL.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Value}.
     */
    public PhotosItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public PhotosItems value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::IdentityStore::User.RolesItems}. */
  public static final class RolesItems extends Struct<RolesItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::IdentityStore::User.RolesItems")
        .constrain("Type", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .constrain("Value", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \u00a0\u3000]+$").minLength(1).maxLength(1024))
        .build();

    public RolesItems() {
      super(SCHEMA);
    }

    /**
     * Whether this is the primary role.
     *
     * <p>CloudFormation property {@code Primary}.
     */
    public RolesItems primary(boolean value) {
      return set("Primary", Value.of(value));
    }

    /** Sets {@code Primary} to this value; see {@link #primary(boolean)}. */
    public RolesItems primary(Value<Boolean> value) {
      return set("Primary", value);
    }

    /**
     * The type of role.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Type}.
     */
    public RolesItems type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public RolesItems type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The role name.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r  　]+$}. CloudFormation
     * property {@code Value}.
     */
    public RolesItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public RolesItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
