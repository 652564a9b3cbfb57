// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Telco Network Builder (prefix {@code tnb}), as the service authorization reference lists them.
 */
public final class Tnb {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "tnb";

  /** {@code tnb:CancelSolNetworkOperation}: Write; on network-operation. */
  public static final Action CANCEL_SOL_NETWORK_OPERATION = Action.of(PREFIX, "CancelSolNetworkOperation");

  /** {@code tnb:CreateSolFunctionPackage}: Write; on function-package. */
  public static final Action CREATE_SOL_FUNCTION_PACKAGE = Action.of(PREFIX, "CreateSolFunctionPackage");

  /** {@code tnb:CreateSolNetworkInstance}: Write; on network-instance, network-package. */
  public static final Action CREATE_SOL_NETWORK_INSTANCE = Action.of(PREFIX, "CreateSolNetworkInstance");

  /** {@code tnb:CreateSolNetworkPackage}: Write; on network-package. */
  public static final Action CREATE_SOL_NETWORK_PACKAGE = Action.of(PREFIX, "CreateSolNetworkPackage");

  /** {@code tnb:DeleteSolFunctionPackage}: Write; on function-package. */
  public static final Action DELETE_SOL_FUNCTION_PACKAGE = Action.of(PREFIX, "DeleteSolFunctionPackage");

  /** {@code tnb:DeleteSolNetworkInstance}: Write; on network-instance. */
  public static final Action DELETE_SOL_NETWORK_INSTANCE = Action.of(PREFIX, "DeleteSolNetworkInstance");

  /** {@code tnb:DeleteSolNetworkPackage}: Write; on network-package. */
  public static final Action DELETE_SOL_NETWORK_PACKAGE = Action.of(PREFIX, "DeleteSolNetworkPackage");

  /** {@code tnb:GetSolFunctionInstance}: Read; on function-instance. */
  public static final Action GET_SOL_FUNCTION_INSTANCE = Action.of(PREFIX, "GetSolFunctionInstance");

  /** {@code tnb:GetSolFunctionPackage}: Read; on function-package. */
  public static final Action GET_SOL_FUNCTION_PACKAGE = Action.of(PREFIX, "GetSolFunctionPackage");

  /** {@code tnb:GetSolFunctionPackageContent}: Read; on function-package. */
  public static final Action GET_SOL_FUNCTION_PACKAGE_CONTENT = Action.of(PREFIX, "GetSolFunctionPackageContent");

  /** {@code tnb:GetSolFunctionPackageDescriptor}: Read; on function-package. */
  public static final Action GET_SOL_FUNCTION_PACKAGE_DESCRIPTOR = Action.of(PREFIX, "GetSolFunctionPackageDescriptor");

  /** {@code tnb:GetSolNetworkInstance}: Read; on network-instance. */
  public static final Action GET_SOL_NETWORK_INSTANCE = Action.of(PREFIX, "GetSolNetworkInstance");

  /** {@code tnb:GetSolNetworkOperation}: Read; on network-operation. */
  public static final Action GET_SOL_NETWORK_OPERATION = Action.of(PREFIX, "GetSolNetworkOperation");

  /** {@code tnb:GetSolNetworkPackage}: Read; on network-package. */
  public static final Action GET_SOL_NETWORK_PACKAGE = Action.of(PREFIX, "GetSolNetworkPackage");

  /** {@code tnb:GetSolNetworkPackageContent}: Read; on network-package. */
  public static final Action GET_SOL_NETWORK_PACKAGE_CONTENT = Action.of(PREFIX, "GetSolNetworkPackageContent");

  /** {@code tnb:GetSolNetworkPackageDescriptor}: Read; on network-package. */
  public static final Action GET_SOL_NETWORK_PACKAGE_DESCRIPTOR = Action.of(PREFIX, "GetSolNetworkPackageDescriptor");

  /** {@code tnb:InstantiateSolNetworkInstance}: Write; on network-instance. */
  public static final Action INSTANTIATE_SOL_NETWORK_INSTANCE = Action.of(PREFIX, "InstantiateSolNetworkInstance");

  /** {@code tnb:ListSolFunctionInstances}: List; on function-instance. */
  public static final Action LIST_SOL_FUNCTION_INSTANCES = Action.of(PREFIX, "ListSolFunctionInstances");

  /** {@code tnb:ListSolFunctionPackages}: List; on function-package. */
  public static final Action LIST_SOL_FUNCTION_PACKAGES = Action.of(PREFIX, "ListSolFunctionPackages");

  /** {@code tnb:ListSolNetworkInstances}: List; on network-instance. */
  public static final Action LIST_SOL_NETWORK_INSTANCES = Action.of(PREFIX, "ListSolNetworkInstances");

  /** {@code tnb:ListSolNetworkOperations}: List; on network-operation. */
  public static final Action LIST_SOL_NETWORK_OPERATIONS = Action.of(PREFIX, "ListSolNetworkOperations");

  /** {@code tnb:ListSolNetworkPackages}: List; on network-package. */
  public static final Action LIST_SOL_NETWORK_PACKAGES = Action.of(PREFIX, "ListSolNetworkPackages");

  /** {@code tnb:ListTagsForResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code tnb:PutSolFunctionPackageContent}: Write; on function-package. */
  public static final Action PUT_SOL_FUNCTION_PACKAGE_CONTENT = Action.of(PREFIX, "PutSolFunctionPackageContent");

  /** {@code tnb:PutSolNetworkPackageContent}: Write; on network-package. */
  public static final Action PUT_SOL_NETWORK_PACKAGE_CONTENT = Action.of(PREFIX, "PutSolNetworkPackageContent");

  /** {@code tnb:TagResource}: Tagging; on function-instance, function-package, network-instance, network-operation, network-package. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code tnb:TerminateSolNetworkInstance}: Write; on network-instance. */
  public static final Action TERMINATE_SOL_NETWORK_INSTANCE = Action.of(PREFIX, "TerminateSolNetworkInstance");

  /** {@code tnb:UntagResource}: Tagging; on function-instance, function-package, network-instance, network-operation, network-package. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code tnb:UpdateSolFunctionPackage}: Write; on function-package. */
  public static final Action UPDATE_SOL_FUNCTION_PACKAGE = Action.of(PREFIX, "UpdateSolFunctionPackage");

  /** {@code tnb:UpdateSolNetworkInstance}: Write; on function-instance, network-instance. */
  public static final Action UPDATE_SOL_NETWORK_INSTANCE = Action.of(PREFIX, "UpdateSolNetworkInstance");

  /** {@code tnb:UpdateSolNetworkPackage}: Write; on network-package. */
  public static final Action UPDATE_SOL_NETWORK_PACKAGE = Action.of(PREFIX, "UpdateSolNetworkPackage");

  /** {@code tnb:ValidateSolFunctionPackageContent}: Write; on function-package. */
  public static final Action VALIDATE_SOL_FUNCTION_PACKAGE_CONTENT = Action.of(PREFIX, "ValidateSolFunctionPackageContent");

  /** {@code tnb:ValidateSolNetworkPackageContent}: Write; on network-package. */
  public static final Action VALIDATE_SOL_NETWORK_PACKAGE_CONTENT = Action.of(PREFIX, "ValidateSolNetworkPackageContent");

  private Tnb() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
