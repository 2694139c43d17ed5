<?php
/**
 * Plugin Name:       Entente
 * Description:       Tells an Entente server when a post is published, updated or unpublished (signed webhook), and shows Entente's editor panel for the post in the post editor.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            Entente
 * License:           GPL-2.0-or-later
 * Text Domain:       entente
 *
 * @package Entente
 */

defined( 'ABSPATH' ) || exit;

const ENTENTE_OPTION_WEBHOOK_URL    = 'entente_webhook_url';
const ENTENTE_OPTION_WEBHOOK_SECRET = 'entente_webhook_secret';
const ENTENTE_OPTION_PANEL_URL      = 'entente_panel_url';
const ENTENTE_WEBHOOK_TIMEOUT       = 5;

/**
 * Post types whose posts are sent to Entente and get the meta box.
 *
 * @return string[]
 */
function entente_post_types(): array {
	return (array) apply_filters( 'entente_post_types', array( 'post' ) );
}

/**
 * Whether this post is one Entente is told about: a post of a supported type, not a revision or autosave.
 */
function entente_is_tracked( WP_Post $post ): bool {
	if ( wp_is_post_revision( $post ) || wp_is_post_autosave( $post ) ) {
		return false;
	}
	return in_array( $post->post_type, entente_post_types(), true );
}

/**
 * The value of the X-Entente-Signature header for a body sent at time $timestamp:
 * "t=<unix seconds>, sha256=<lowercase hex HMAC-SHA256 of "<t>.<body>" with the secret>".
 */
function entente_signature( string $body, int $timestamp, string $secret ): string {
	return 't=' . $timestamp . ', sha256=' . hash_hmac( 'sha256', $timestamp . '.' . $body, $secret );
}

/**
 * Sends one webhook, at most once per post and action in a request. Failures are logged, never thrown:
 * a post is saved whether or not Entente answers.
 */
function entente_send_webhook( int $post_id, string $action ): void {
	static $sent = array();

	$url    = (string) get_option( ENTENTE_OPTION_WEBHOOK_URL, '' );
	$secret = (string) get_option( ENTENTE_OPTION_WEBHOOK_SECRET, '' );
	if ( '' === $url || '' === $secret ) {
		return;
	}
	$key = $post_id . ':' . $action;
	if ( isset( $sent[ $key ] ) ) {
		return;
	}
	$sent[ $key ] = true;

	$body = wp_json_encode(
		array(
			'post_id'  => $post_id,
			'action'   => $action,
			'site'     => home_url(),
			// Unique per call: two saves of a post in one second must not look like a replay.
			'delivery' => wp_generate_uuid4(),
		),
		JSON_UNESCAPED_SLASHES
	);
	if ( false === $body ) {
		error_log( 'Entente: could not encode the webhook body for post ' . $post_id );
		return;
	}

	$response = wp_remote_post(
		$url,
		array(
			'timeout'     => ENTENTE_WEBHOOK_TIMEOUT,
			'blocking'    => true,
			'redirection' => 0,
			'headers'     => array(
				'Content-Type'        => 'application/json',
				'X-Entente-Signature' => entente_signature( $body, time(), $secret ),
			),
			'body'        => $body,
		)
	);

	if ( is_wp_error( $response ) ) {
		error_log( sprintf( 'Entente: webhook for post %d (%s) to %s failed: %s', $post_id, $action, $url, $response->get_error_message() ) );
		return;
	}
	$code = (int) wp_remote_retrieve_response_code( $response );
	if ( $code < 200 || $code >= 300 ) {
		error_log( sprintf( 'Entente: webhook for post %d (%s) to %s answered HTTP %d', $post_id, $action, $url, $code ) );
	}
}

/**
 * "save" once a published post has been written with its terms and meta (classic editor, block
 * editor, REST API and scheduled posts all end in this hook).
 */
function entente_after_insert_post( int $post_id, WP_Post $post ): void {
	if ( ( defined( 'DOING_AUTOSAVE' ) && DOING_AUTOSAVE ) || ! entente_is_tracked( $post ) ) {
		return;
	}
	if ( 'publish' === $post->post_status ) {
		entente_send_webhook( $post_id, 'save' );
	}
}
add_action( 'wp_after_insert_post', 'entente_after_insert_post', 10, 2 );

/**
 * "delete" when a published post stops being published: trashed, unpublished or made private.
 */
function entente_transition_post_status( string $new_status, string $old_status, WP_Post $post ): void {
	if ( 'publish' === $old_status && 'publish' !== $new_status && entente_is_tracked( $post ) ) {
		entente_send_webhook( (int) $post->ID, 'delete' );
	}
}
add_action( 'transition_post_status', 'entente_transition_post_status', 10, 3 );

/**
 * "delete" when a published post is deleted for good without going through the trash.
 */
function entente_before_delete_post( int $post_id, ?WP_Post $post = null ): void {
	$post = $post ?? get_post( $post_id );
	if ( $post instanceof WP_Post && 'publish' === $post->post_status && entente_is_tracked( $post ) ) {
		entente_send_webhook( $post_id, 'delete' );
	}
}
add_action( 'before_delete_post', 'entente_before_delete_post', 10, 2 );

/**
 * The "Entente" meta box (classic and block editor).
 */
function entente_add_meta_box(): void {
	add_meta_box( 'entente', __( 'Entente', 'entente' ), 'entente_render_meta_box', entente_post_types(), 'normal', 'default' );
}
add_action( 'add_meta_boxes', 'entente_add_meta_box' );

function entente_render_meta_box( WP_Post $post ): void {
	$panel = (string) get_option( ENTENTE_OPTION_PANEL_URL, '' );
	if ( '' === $panel ) {
		echo '<p>' . esc_html__( 'The Entente panel URL is not set (Settings → Entente).', 'entente' ) . '</p>';
		return;
	}
	if ( 'auto-draft' === $post->post_status || $post->ID <= 0 ) {
		echo '<p>' . esc_html__( 'Save the post to see Entente’s analysis of it.', 'entente' ) . '</p>';
		return;
	}
	$src = trailingslashit( $panel ) . 'panel/wp-' . (int) $post->ID;
	printf(
		'<iframe src="%s" title="%s" style="width:100%%;height:520px;border:0" loading="lazy"></iframe>',
		esc_url( $src ),
		esc_attr__( 'Entente panel', 'entente' )
	);
}

/**
 * Settings → Entente.
 */
function entente_register_settings(): void {
	register_setting(
		'entente',
		ENTENTE_OPTION_WEBHOOK_URL,
		array(
			'type'              => 'string',
			'sanitize_callback' => 'entente_sanitize_url',
			'default'           => '',
		)
	);
	register_setting(
		'entente',
		ENTENTE_OPTION_WEBHOOK_SECRET,
		array(
			'type'              => 'string',
			'sanitize_callback' => 'entente_sanitize_secret',
			'default'           => '',
		)
	);
	register_setting(
		'entente',
		ENTENTE_OPTION_PANEL_URL,
		array(
			'type'              => 'string',
			'sanitize_callback' => 'entente_sanitize_url',
			'default'           => '',
		)
	);

	add_settings_section( 'entente_main', '', '__return_false', 'entente' );
	$fields = array(
		ENTENTE_OPTION_WEBHOOK_URL    => __( 'Webhook URL', 'entente' ),
		ENTENTE_OPTION_WEBHOOK_SECRET => __( 'Webhook secret', 'entente' ),
		ENTENTE_OPTION_PANEL_URL      => __( 'Panel base URL', 'entente' ),
	);
	foreach ( $fields as $option => $label ) {
		add_settings_field( $option, $label, 'entente_render_field', 'entente', 'entente_main', array( 'label_for' => $option ) );
	}
}
add_action( 'admin_init', 'entente_register_settings' );

function entente_sanitize_url( $value ): string {
	return untrailingslashit( esc_url_raw( trim( (string) $value ), array( 'http', 'https' ) ) );
}

/**
 * An empty secret field keeps the stored secret (the page never shows it).
 */
function entente_sanitize_secret( $value ): string {
	$value = trim( sanitize_text_field( (string) $value ) );
	return '' === $value ? (string) get_option( ENTENTE_OPTION_WEBHOOK_SECRET, '' ) : $value;
}

function entente_render_field( array $args ): void {
	$option = $args['label_for'];
	if ( ENTENTE_OPTION_WEBHOOK_SECRET === $option ) {
		$set = '' !== (string) get_option( $option, '' );
		printf(
			'<input type="password" id="%1$s" name="%1$s" value="" class="regular-text" autocomplete="new-password" placeholder="%2$s">',
			esc_attr( $option ),
			esc_attr( $set ? __( '(set; leave empty to keep it)', 'entente' ) : '' )
		);
		return;
	}
	printf(
		'<input type="url" id="%1$s" name="%1$s" value="%2$s" class="regular-text code">',
		esc_attr( $option ),
		esc_attr( (string) get_option( $option, '' ) )
	);
	if ( ENTENTE_OPTION_PANEL_URL === $option ) {
		echo '<p class="description">' . esc_html__( 'Base URL of the Entente application, e.g. http://127.0.0.1:8180/entente', 'entente' ) . '</p>';
	}
}

function entente_add_settings_page(): void {
	add_options_page( __( 'Entente', 'entente' ), __( 'Entente', 'entente' ), 'manage_options', 'entente', 'entente_render_settings_page' );
}
add_action( 'admin_menu', 'entente_add_settings_page' );

function entente_render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these options.', 'entente' ), 403 );
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'entente' ); // Nonce and option group; options.php checks manage_options.
	do_settings_sections( 'entente' );
	submit_button();
	echo '</form></div>';
}

function entente_action_links( array $links ): array {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=entente' ) ) . '">' . esc_html__( 'Settings', 'entente' ) . '</a>';
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'entente_action_links' );
