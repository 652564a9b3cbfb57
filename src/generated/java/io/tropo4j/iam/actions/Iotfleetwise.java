// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IoT FleetWise (prefix {@code iotfleetwise}), as the service authorization reference lists them.
 */
public final class Iotfleetwise {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iotfleetwise";

  /** {@code iotfleetwise:AssociateVehicleFleet}: Write; on fleet, vehicle. */
  public static final Action ASSOCIATE_VEHICLE_FLEET = Action.of(PREFIX, "AssociateVehicleFleet");

  /** {@code iotfleetwise:CreateCampaign}: Write; on campaign, fleet, signalcatalog, vehicle. */
  public static final Action CREATE_CAMPAIGN = Action.of(PREFIX, "CreateCampaign");

  /** {@code iotfleetwise:CreateDecoderManifest}: Write; on decodermanifest, modelmanifest. */
  public static final Action CREATE_DECODER_MANIFEST = Action.of(PREFIX, "CreateDecoderManifest");

  /** {@code iotfleetwise:CreateFleet}: Write; on fleet, signalcatalog. */
  public static final Action CREATE_FLEET = Action.of(PREFIX, "CreateFleet");

  /** {@code iotfleetwise:CreateModelManifest}: Write; on modelmanifest, signalcatalog. */
  public static final Action CREATE_MODEL_MANIFEST = Action.of(PREFIX, "CreateModelManifest");

  /** {@code iotfleetwise:CreateSignalCatalog}: Write; on signalcatalog. */
  public static final Action CREATE_SIGNAL_CATALOG = Action.of(PREFIX, "CreateSignalCatalog");

  /** {@code iotfleetwise:CreateStateTemplate}: Write; on signalcatalog, statetemplate. */
  public static final Action CREATE_STATE_TEMPLATE = Action.of(PREFIX, "CreateStateTemplate");

  /** {@code iotfleetwise:CreateVehicle}: Write; on decodermanifest, modelmanifest, vehicle. */
  public static final Action CREATE_VEHICLE = Action.of(PREFIX, "CreateVehicle");

  /** {@code iotfleetwise:DeleteCampaign}: Write; on campaign. */
  public static final Action DELETE_CAMPAIGN = Action.of(PREFIX, "DeleteCampaign");

  /** {@code iotfleetwise:DeleteDecoderManifest}: Write; on decodermanifest. */
  public static final Action DELETE_DECODER_MANIFEST = Action.of(PREFIX, "DeleteDecoderManifest");

  /** {@code iotfleetwise:DeleteFleet}: Write; on fleet. */
  public static final Action DELETE_FLEET = Action.of(PREFIX, "DeleteFleet");

  /** {@code iotfleetwise:DeleteModelManifest}: Write; on modelmanifest. */
  public static final Action DELETE_MODEL_MANIFEST = Action.of(PREFIX, "DeleteModelManifest");

  /** {@code iotfleetwise:DeleteSignalCatalog}: Write; on signalcatalog. */
  public static final Action DELETE_SIGNAL_CATALOG = Action.of(PREFIX, "DeleteSignalCatalog");

  /** {@code iotfleetwise:DeleteStateTemplate}: Write; on statetemplate. */
  public static final Action DELETE_STATE_TEMPLATE = Action.of(PREFIX, "DeleteStateTemplate");

  /** {@code iotfleetwise:DeleteVehicle}: Write; on vehicle. */
  public static final Action DELETE_VEHICLE = Action.of(PREFIX, "DeleteVehicle");

  /** {@code iotfleetwise:DisassociateVehicleFleet}: Write; on fleet, vehicle. */
  public static final Action DISASSOCIATE_VEHICLE_FLEET = Action.of(PREFIX, "DisassociateVehicleFleet");

  /** {@code iotfleetwise:GenerateCommandPayload}: Permissions management; on statetemplate, vehicle. */
  public static final Action GENERATE_COMMAND_PAYLOAD = Action.of(PREFIX, "GenerateCommandPayload");

  /** {@code iotfleetwise:GetCampaign}: Read; on campaign. */
  public static final Action GET_CAMPAIGN = Action.of(PREFIX, "GetCampaign");

  /** {@code iotfleetwise:GetDecoderManifest}: Read; on decodermanifest. */
  public static final Action GET_DECODER_MANIFEST = Action.of(PREFIX, "GetDecoderManifest");

  /** {@code iotfleetwise:GetEncryptionConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENCRYPTION_CONFIGURATION = Action.of(PREFIX, "GetEncryptionConfiguration");

  /** {@code iotfleetwise:GetFleet}: Read; on fleet. */
  public static final Action GET_FLEET = Action.of(PREFIX, "GetFleet");

  /** {@code iotfleetwise:GetLoggingOptions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LOGGING_OPTIONS = Action.of(PREFIX, "GetLoggingOptions");

  /** {@code iotfleetwise:GetModelManifest}: Read; on modelmanifest. */
  public static final Action GET_MODEL_MANIFEST = Action.of(PREFIX, "GetModelManifest");

  /** {@code iotfleetwise:GetRegisterAccountStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_REGISTER_ACCOUNT_STATUS = Action.of(PREFIX, "GetRegisterAccountStatus");

  /** {@code iotfleetwise:GetSignalCatalog}: Read; on signalcatalog. */
  public static final Action GET_SIGNAL_CATALOG = Action.of(PREFIX, "GetSignalCatalog");

  /** {@code iotfleetwise:GetStateTemplate}: Read; on statetemplate. */
  public static final Action GET_STATE_TEMPLATE = Action.of(PREFIX, "GetStateTemplate");

  /** {@code iotfleetwise:GetVehicle}: Read; on vehicle. */
  public static final Action GET_VEHICLE = Action.of(PREFIX, "GetVehicle");

  /** {@code iotfleetwise:GetVehicleStatus}: Read; on vehicle. */
  public static final Action GET_VEHICLE_STATUS = Action.of(PREFIX, "GetVehicleStatus");

  /** {@code iotfleetwise:ImportDecoderManifest}: Write; on decodermanifest. */
  public static final Action IMPORT_DECODER_MANIFEST = Action.of(PREFIX, "ImportDecoderManifest");

  /** {@code iotfleetwise:ImportSignalCatalog}: Write; on signalcatalog. */
  public static final Action IMPORT_SIGNAL_CATALOG = Action.of(PREFIX, "ImportSignalCatalog");

  /** {@code iotfleetwise:ListCampaigns}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CAMPAIGNS = Action.of(PREFIX, "ListCampaigns");

  /** {@code iotfleetwise:ListDecoderManifestNetworkInterfaces}: List; on decodermanifest. */
  public static final Action LIST_DECODER_MANIFEST_NETWORK_INTERFACES = Action.of(PREFIX, "ListDecoderManifestNetworkInterfaces");

  /** {@code iotfleetwise:ListDecoderManifestSignals}: List; on decodermanifest. */
  public static final Action LIST_DECODER_MANIFEST_SIGNALS = Action.of(PREFIX, "ListDecoderManifestSignals");

  /** {@code iotfleetwise:ListDecoderManifests}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DECODER_MANIFESTS = Action.of(PREFIX, "ListDecoderManifests");

  /** {@code iotfleetwise:ListFleets}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_FLEETS = Action.of(PREFIX, "ListFleets");

  /** {@code iotfleetwise:ListFleetsForVehicle}: Read; on vehicle. */
  public static final Action LIST_FLEETS_FOR_VEHICLE = Action.of(PREFIX, "ListFleetsForVehicle");

  /** {@code iotfleetwise:ListModelManifestNodes}: List; on modelmanifest. */
  public static final Action LIST_MODEL_MANIFEST_NODES = Action.of(PREFIX, "ListModelManifestNodes");

  /** {@code iotfleetwise:ListModelManifests}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_MODEL_MANIFESTS = Action.of(PREFIX, "ListModelManifests");

  /** {@code iotfleetwise:ListSignalCatalogNodes}: Read; on signalcatalog. */
  public static final Action LIST_SIGNAL_CATALOG_NODES = Action.of(PREFIX, "ListSignalCatalogNodes");

  /** {@code iotfleetwise:ListSignalCatalogs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SIGNAL_CATALOGS = Action.of(PREFIX, "ListSignalCatalogs");

  /** {@code iotfleetwise:ListStateTemplates}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_STATE_TEMPLATES = Action.of(PREFIX, "ListStateTemplates");

  /** {@code iotfleetwise:ListTagsForResource}: Read; on campaign, decodermanifest, fleet, modelmanifest, signalcatalog, statetemplate, vehicle. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code iotfleetwise:ListVehicles}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_VEHICLES = Action.of(PREFIX, "ListVehicles");

  /** {@code iotfleetwise:ListVehiclesInFleet}: Read; on fleet. */
  public static final Action LIST_VEHICLES_IN_FLEET = Action.of(PREFIX, "ListVehiclesInFleet");

  /** {@code iotfleetwise:PutEncryptionConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ENCRYPTION_CONFIGURATION = Action.of(PREFIX, "PutEncryptionConfiguration");

  /** {@code iotfleetwise:PutLoggingOptions}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_LOGGING_OPTIONS = Action.of(PREFIX, "PutLoggingOptions");

  /** {@code iotfleetwise:RegisterAccount}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_ACCOUNT = Action.of(PREFIX, "RegisterAccount");

  /** {@code iotfleetwise:TagResource}: Tagging; on campaign, decodermanifest, fleet, modelmanifest, signalcatalog, statetemplate, vehicle. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code iotfleetwise:UntagResource}: Tagging; on campaign, decodermanifest, fleet, modelmanifest, signalcatalog, statetemplate, vehicle. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code iotfleetwise:UpdateCampaign}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN = Action.of(PREFIX, "UpdateCampaign");

  /** {@code iotfleetwise:UpdateDecoderManifest}: Write; on decodermanifest. */
  public static final Action UPDATE_DECODER_MANIFEST = Action.of(PREFIX, "UpdateDecoderManifest");

  /** {@code iotfleetwise:UpdateFleet}: Write; on fleet. */
  public static final Action UPDATE_FLEET = Action.of(PREFIX, "UpdateFleet");

  /** {@code iotfleetwise:UpdateModelManifest}: Write; on modelmanifest. */
  public static final Action UPDATE_MODEL_MANIFEST = Action.of(PREFIX, "UpdateModelManifest");

  /** {@code iotfleetwise:UpdateSignalCatalog}: Write; on signalcatalog. */
  public static final Action UPDATE_SIGNAL_CATALOG = Action.of(PREFIX, "UpdateSignalCatalog");

  /** {@code iotfleetwise:UpdateStateTemplate}: Write; on statetemplate. */
  public static final Action UPDATE_STATE_TEMPLATE = Action.of(PREFIX, "UpdateStateTemplate");

  /** {@code iotfleetwise:UpdateVehicle}: Write; on decodermanifest, modelmanifest, vehicle. */
  public static final Action UPDATE_VEHICLE = Action.of(PREFIX, "UpdateVehicle");

  private Iotfleetwise() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
