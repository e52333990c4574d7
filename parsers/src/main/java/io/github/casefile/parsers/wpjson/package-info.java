/**
 * The WordPress REST API post format ({@code "wordpress-json"}): one article per post of {@code
 * /wp-json/wp/v2/posts}, and its renderer.
 */
package io.github.casefile.parsers.wpjson;
